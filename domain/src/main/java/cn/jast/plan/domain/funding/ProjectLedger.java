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

    /** Planned against actual expenses of one expense line (item). */
    public record Line(String item, BigDecimal planned, BigDecimal actual) {
        /** Actual less planned: positive when the line is overspent. */
        public BigDecimal variance() {
            return actual.subtract(planned);
        }
    }

    /** Planned versus actual per expense line, in the order the lines were first booked; reversals included. */
    public List<Line> lines() {
        java.util.Map<String, BigDecimal[]> byItem = new java.util.LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == LedgerEntry.Kind.FUNDS_RECEIVED) {
                continue;
            }
            BigDecimal[] sums = byItem.computeIfAbsent(e.item(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int i = e.kind() == LedgerEntry.Kind.PLANNED_EXPENSE ? 0 : 1;
            sums[i] = sums[i].add(e.amount());
        }
        List<Line> lines = new ArrayList<>();
        byItem.forEach((item, sums) -> lines.add(new Line(item, sums[0], sums[1])));
        return lines;
    }

    /** The entry with this id, if it is in this ledger. */
    public java.util.Optional<LedgerEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** True when some entry reverses the one with this id. */
    public boolean isReversed(String id) {
        return entries.stream().anyMatch(e -> id.equals(e.reverses()));
    }

    /** Money received and not yet spent on the project. */
    public BigDecimal balance() {
        return received().subtract(spent());
    }
}
