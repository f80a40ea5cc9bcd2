package cn.jast.plan.persistence.assessment;

import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.assessment.ProjectReport;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Reports a society files (with evidence attachments) and the office's assessment results. */
public final class AssessmentRepository {
    private final EntityManager em;

    public AssessmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Files a report; its evidence must be stored attachments (foreign key). */
    public void add(ProjectReport report) {
        em.persist(report);
        em.flush();
    }

    public Optional<ProjectReport> findReport(String id) {
        return Optional.ofNullable(em.find(ProjectReport.class, id));
    }

    public List<ProjectReport> reportsOf(String applicationId) {
        return em.createQuery("SELECT r FROM ProjectReport r WHERE r.applicationId = :a ORDER BY r.filedAt, r.id",
                ProjectReport.class).setParameter("a", applicationId).getResultList();
    }

    public void add(AssessmentResult result) {
        em.persist(result);
        em.flush();
    }

    public Optional<AssessmentResult> findResult(String id) {
        return Optional.ofNullable(em.find(AssessmentResult.class, id));
    }

    public List<AssessmentResult> resultsOf(String applicationId) {
        return em.createQuery("SELECT r FROM AssessmentResult r WHERE r.applicationId = :a ORDER BY r.assessedAt, r.id",
                AssessmentResult.class).setParameter("a", applicationId).getResultList();
    }
}
