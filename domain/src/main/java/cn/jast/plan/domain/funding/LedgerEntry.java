package cn.jast.plan.domain.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booking in a project's ledger (IV.3): a planned or an actual expense of the project, in yuan.
 * Entries are never changed; a correction is a new entry with the opposite sign ({@link #reversal}).
 */
public class LedgerEntry {
    /** Planned (budget) and actual expenses are booked apart. */
    public enum Kind { PLANNED_EXPENSE, ACTUAL_EXPENSE, FUNDS_RECEIVED }

    private String id;
    private String applicationId;
    private Kind kind;
    private String item;
    private BigDecimal amount;
    private LocalDate bookedOn;
    private String recordedBy;
    private Instant recordedAt;
    /** The entry this one reverses (a correction), or null. */
    private String reverses;

    /** For the persistence mapper only. */
    protected LedgerEntry() {
    }

    public LedgerEntry(String id, String applicationId, Kind kind, String item, BigDecimal amount, LocalDate bookedOn,
                       String recordedBy, Instant recordedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a ledger entry names its item");
        }
        this.item = item;
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("a ledger entry has an amount other than zero");
        }
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("amounts are in yuan with at most two decimals: " + amount);
        }
        this.amount = amount;
        this.bookedOn = Objects.requireNonNull(bookedOn, "bookedOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * The correction of an entry (IV.3: 单独核算 — a booking is never changed): an entry of the same kind and
     * item with the opposite amount, pointing at the one it reverses.
     */
    public static LedgerEntry reversal(String id, LedgerEntry original, LocalDate bookedOn, String recordedBy,
                                       Instant recordedAt) {
        if (original.reverses != null) {
            throw new IllegalArgumentException("entry " + original.id + " is itself a reversal; book a new entry instead");
        }
        LedgerEntry e = new LedgerEntry(id, original.applicationId, original.kind, original.item,
                original.amount.negate(), bookedOn, recordedBy, recordedAt);
        e.reverses = original.id;
        return e;
    }

    public String reverses() {
        return reverses;
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public Kind kind() {
        return kind;
    }

    public String item() {
        return item;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
