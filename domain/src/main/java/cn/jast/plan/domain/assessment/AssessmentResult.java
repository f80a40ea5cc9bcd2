package cn.jast.plan.domain.assessment;

import java.time.Instant;
import java.util.Objects;

/** The office's result of a mid-term evaluation or a final assessment of one project. */
public class AssessmentResult {
    /** Which stage of IV.2. */
    public enum Stage { MID_TERM, FINAL }

    private String id;
    private String applicationId;
    private Stage stage;
    private boolean passed;
    private String note;
    private String assessedBy;
    private Instant assessedAt;

    /** For the persistence mapper only. */
    protected AssessmentResult() {
    }

    public AssessmentResult(String id, String applicationId, Stage stage, boolean passed, String note,
                            String assessedBy, Instant assessedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.passed = passed;
        this.note = note;
        this.assessedBy = Objects.requireNonNull(assessedBy, "assessedBy");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessedAt");
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public Stage stage() {
        return stage;
    }

    public boolean passed() {
        return passed;
    }

    public String note() {
        return note;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
