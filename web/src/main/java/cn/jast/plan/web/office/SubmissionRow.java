package cn.jast.plan.web.office;

import java.io.Serializable;
import java.time.Instant;

import cn.jast.plan.domain.application.ApplicationState;

/**
 * One application as the submissions table shows it (a read model). The bean-style getters let the
 * pages' EL (Jakarta EL 5 reads no record accessors as properties) and PrimeFaces' {@code field}
 * columns read it.
 */
public record SubmissionRow(String id, String title, String societyCode, String societyName, String category,
                            String subProject, ApplicationState state, Instant submittedAt,
                            Instant paperCopyReceivedAt, String fingerprint) implements Serializable {

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSociety() {
        return societyName + " (" + societyCode + ")";
    }

    public String getCategory() {
        return category;
    }

    public String getState() {
        return state.name();
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPaperCopyReceivedAt() {
        return paperCopyReceivedAt;
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
