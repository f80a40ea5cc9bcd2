package cn.jast.plan.domain.publicity;

import java.time.Instant;
import java.util.Objects;

/** An objection (异议) to an application on a public notice, and the office's decision on it. */
public class Objection {
    /** What the office decided. */
    public enum Status { OPEN, UPHELD, DISMISSED }

    private String id;
    private String noticeId;
    private String applicationId;
    private String text;
    private String raisedBy;
    private Instant raisedAt;
    private Status status;
    private String decisionNote;
    private long version;

    /** For the persistence mapper only. */
    protected Objection() {
    }

    Objection(String id, String noticeId, String applicationId, String text, String raisedBy, Instant raisedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.noticeId = Objects.requireNonNull(noticeId, "noticeId");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an objection must say what is objected to");
        }
        this.text = text;
        this.raisedBy = raisedBy;
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
        this.status = Status.OPEN;
    }

    public String id() {
        return id;
    }

    public String noticeId() {
        return noticeId;
    }

    public String applicationId() {
        return applicationId;
    }

    public String text() {
        return text;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Status status() {
        return status;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }

    public void decide(boolean upheld, String note) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("objection " + id + " is already decided: " + status);
        }
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        this.decisionNote = note;
    }
}
