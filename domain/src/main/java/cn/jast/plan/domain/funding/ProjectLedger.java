package cn.jast.plan.domain.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ring-fenced account of one project (IV.3: "专款专用……单独核算"): only that project's entries,
 * planned and actual expenses totalled apart, and money received against money spent.
 */
public final class ProjectLedger {
    private final String applicationId;
    private final List<LedgerEntry> entries = new ArrayList<>();

    public ProjectLedger(String applicationId, List<LedgerEntry> entries) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        entries.forEach(this::book);
    }

    /** Books an entry; an entry of another project is refused, as the money is ring-fenced. */
    public void book(LedgerEntry entry) {
        if (!entry.applicationId().equals(applicationId)) {
            throw new IllegalArgumentException("entry " + entry.id() + " belongs to project " + entry.applicationId()
                    + ", not to " + applicationId + ": project money is accounted separately (IV.3)");
        }
        entries.add(entry);
    }

    public String applicationId() {
        return applicationId;
    }

    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    public BigDecimal total(LedgerEntry.Kind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            if (e.kind() == kind) {
                sum = sum.add(e.amount());
            }
        }
        return sum;
    }

    public BigDecimal planned() {
        return total(LedgerEntry.Kind.PLANNED_EXPENSE);
    }

    public BigDecimal spent() {
        return total(LedgerEntry.Kind.ACTUAL_EXPENSE);
    }

    public BigDecimal received() {
        return total(LedgerEntry.Kind.FUNDS_RECEIVED);
    }

    /** Money received and not yet spent on the project. */
    public BigDecimal balance() {
        return received().subtract(spent());
    }
}
