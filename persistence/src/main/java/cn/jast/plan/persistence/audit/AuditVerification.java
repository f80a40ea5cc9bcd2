package cn.jast.plan.persistence.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param entriesChecked     how many entries were read
 * @param firstBrokenSeq     the sequence number of the first entry where the chain breaks; null when intact
 * @param problem            why it breaks there; null when intact
 */
public record AuditVerification(long entriesChecked, Long firstBrokenSeq, String problem) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }

    static AuditVerification ok(long checked) {
        return new AuditVerification(checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(checked, seq, problem);
    }

    @Override
    public String toString() {
        return intact() ? "audit chain intact (" + entriesChecked + " entries)"
                : "audit chain broken at entry " + firstBrokenSeq + ": " + problem;
    }
}
