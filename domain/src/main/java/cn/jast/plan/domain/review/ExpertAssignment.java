package cn.jast.plan.domain.review;

import java.time.Instant;
import java.util.Objects;

/** The office assigns an expert to an application; the expert may decline for a conflict of interest. */
public record ExpertAssignment(String applicationId, String expert, Instant assignedAt) {
    public ExpertAssignment {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
