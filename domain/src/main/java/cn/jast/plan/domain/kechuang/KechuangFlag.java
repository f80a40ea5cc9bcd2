package cn.jast.plan.domain.kechuang;

import java.time.Instant;
import java.util.Objects;

/**
 * An application found on the 科创江苏 list (LIMIT-5, II.3.5), and the office's decision on it. While it is
 * {@link State#OPEN} the application is not reviewed: no expert is assigned, no sheet is scored, allocation
 * waits. The office decides once, with a reason: {@link Decision#NOT_THE_SAME_PROJECT} clears it, and review
 * goes on; {@link Decision#THE_SAME_PROJECT} confirms it, and the application is refused (the caller applies
 * that step to the application).
 *
 * <p>The flag keeps the entry as it was listed (row, society, title), so that the decision can be read later
 * against what the office saw, whatever a later import says.
 */
public class KechuangFlag {
    private String id;
    private int planYear;
    private String applicationId;
    private int listedRow;
    private String listedSocietyCode;
    private String listedSocietyName;
    private String listedTitle;
    private KechuangEntry.MatchedBy matchedBy;
    private String titleKey;
    private Instant flaggedAt;
    private State state;
    private String reason;
    private String decidedBy;
    private Instant decidedAt;
    private long version;

    /** Where the flag stands. */
    public enum State {
        /** found on the list; review waits for the office */
        OPEN,
        /** the office found it is not the same project: review goes on */
        CLEARED,
        /** the office found it is the same project: the application is refused */
        CONFIRMED
    }

    /** The office's decision on a flag. */
    public enum Decision {
        NOT_THE_SAME_PROJECT,
        THE_SAME_PROJECT
    }

    /** For the persistence mapper only. */
    protected KechuangFlag() {
    }

    private KechuangFlag(String id, int planYear, String applicationId, KechuangCrossCheck.Match match, Instant at) {
        this.id = Objects.requireNonNull(id, "id");
        this.planYear = planYear;
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        KechuangEntry e = Objects.requireNonNull(match, "match").entry();
        this.listedRow = e.row();
        this.listedSocietyCode = e.societyCode();
        this.listedSocietyName = e.societyName();
        this.listedTitle = e.title();
        this.matchedBy = match.matchedBy();
        this.titleKey = e.titleKey();
        this.flaggedAt = Objects.requireNonNull(at, "at");
        this.state = State.OPEN;
    }

    /** A new, open flag of the application for the entry it matches. */
    public static KechuangFlag raise(String id, int planYear, String applicationId, KechuangCrossCheck.Match match,
                                     Instant at) {
        return new KechuangFlag(id, planYear, applicationId, match, at);
    }

    /**
     * The office's decision, once, with its reason.
     *
     * @throws IllegalStateException when the flag is already decided
     * @throws IllegalArgumentException when the reason is blank
     */
    public void decide(Decision decision, String reason, String by, Instant at) {
        Objects.requireNonNull(decision, "decision");
        if (state != State.OPEN) {
            throw new IllegalStateException("The flag " + id + " is already decided (" + state + ").");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision gives its reason");
        }
        this.reason = reason.strip();
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.state = decision == Decision.NOT_THE_SAME_PROJECT ? State.CLEARED : State.CONFIRMED;
    }

    /** True while the flag holds the application's review back. */
    public boolean blocksReview() {
        return state == State.OPEN;
    }

    /** True when this flag is for the same application and the same listed project (society and title). */
    public boolean sameAs(String applicationId, KechuangCrossCheck.Match match) {
        KechuangEntry e = match.entry();
        return this.applicationId.equals(applicationId) && titleKey.equals(e.titleKey())
                && Objects.equals(society(listedSocietyCode, listedSocietyName), society(e.societyCode(), e.societyName()));
    }

    private static String society(String code, String name) {
        return (code == null ? "" : cn.jast.plan.domain.support.Texts.normalizedName(code)) + "|"
                + (name == null ? "" : KechuangText.normalized(name));
    }

    public String id() {
        return id;
    }

    public int planYear() {
        return planYear;
    }

    public String applicationId() {
        return applicationId;
    }

    public int listedRow() {
        return listedRow;
    }

    public String listedSocietyCode() {
        return listedSocietyCode;
    }

    public String listedSocietyName() {
        return listedSocietyName;
    }

    public String listedTitle() {
        return listedTitle;
    }

    public KechuangEntry.MatchedBy matchedBy() {
        return matchedBy;
    }

    public String titleKey() {
        return titleKey;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public State state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "KechuangFlag[" + id + ", " + applicationId + ", row " + listedRow + ", " + state + "]";
    }
}
