package cn.jast.plan.web.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.assessment.FinalAssessment;
import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.assessment.AssessmentRepository;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.funding.FundingDecisionRow;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.funding.FundingDecided;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * After approval (IV.2): the society files reports with evidence (the final summary moves the project to
 * the final assessment), the office records the mid-term evaluation and concludes the final assessment,
 * which decides the funding (and, on a failure, bars the society from the category next year).
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private static final EnumSet<ApplicationState> RUNNING = EnumSet.of(APPROVED, MIDTERM_EVALUATED, FINAL_REPORT_FILED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** The society files a report; a FINAL_SUMMARY files the final report (总结报告). */
    public ProjectReport fileReport(String applicationId, ReportKind kind, String text, List<String> evidence) {
        Application a = access.owned(em, applicationId);
        if (!RUNNING.contains(a.state())) {
            throw Failures.conflict("Reports are filed for an approved project; this application is " + a.state() + ".");
        }
        List<String> ids = evidence == null ? List.of() : evidence;
        for (String id : ids) {
            StoredAttachment att = id == null || id.length() > 64 ? null : em.find(StoredAttachment.class, id);
            if (att == null || !att.applicationId().equals(a.id().value())) {
                throw Failures.invalid("evidenceAttachmentIds", "names no attachment of this application: " + id);
            }
        }
        Instant now = clock.instant();
        String before = AuditSnapshots.of(a);
        ProjectReport report;
        try {
            report = new ProjectReport(UUID.randomUUID().toString(), a.id().value(), kind, text, ids, now);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("text", "must not be blank");
        }
        if (kind == ReportKind.FINAL_SUMMARY) {
            a.fileFinalReport();
        }
        new AssessmentRepository(em).add(report);
        em.flush();
        audit.record(now, "report.file." + kind, "Application",
                a.id().value(), before, AuditSnapshots.of(a));
        return report;
    }

    public List<ProjectReport> reports(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new AssessmentRepository(em).reportsOf(a.id().value());
    }

    public List<AssessmentResult> results(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new AssessmentRepository(em).resultsOf(a.id().value());
    }

    /** The office records the mid-term evaluation (中期评估) of an approved project. */
    public AssessmentResult midTerm(String applicationId, boolean passed, String note) {
        Application a = access.forOffice(em, applicationId);
        Instant now = clock.instant();
        String before = AuditSnapshots.of(a);
        a.recordMidTermEvaluation();
        AssessmentResult result = new AssessmentResult(UUID.randomUUID().toString(), a.id().value(),
                AssessmentResult.Stage.MID_TERM, passed, note, access.actor(), now);
        new AssessmentRepository(em).add(result);
        em.flush();
        audit.record(now, "assessment.midTerm", "Application",
                a.id().value(), before, AuditSnapshots.of(a));
        return result;
    }

    /** The office concludes the final assessment (验收考核): result, funding decision, and ELIG-5 on a failure. */
    public FundingDecided finalAssessment(String applicationId, boolean passed, String note) {
        Application a = access.forOffice(em, applicationId);
        PlanYear plan = plans.plan(a.planYear());
        Society society = new SocietyRepository(em).find(a.society())
                .orElseThrow(() -> Failures.notFound("society " + a.society()));
        Instant now = clock.instant();
        String beforeApplication = AuditSnapshots.of(a);
        String beforeSociety = AuditSnapshots.of(society);
        FundingDecision decision = FinalAssessment.conclude(plan, a, society, passed, now);
        new AssessmentRepository(em).add(new AssessmentResult(UUID.randomUUID().toString(), a.id().value(),
                AssessmentResult.Stage.FINAL, passed, note, access.actor(), now));
        FundingDecisionRow row = new FundingRepository(em).record(decision, now, access.actor());
        em.flush();
        audit.record(now, passed ? "assessment.final.passed" : "assessment.final.failed",
                "Application", a.id().value(), beforeApplication, AuditSnapshots.of(a));
        if (!passed) {
            audit.record(now, "society.failedAssessment", "Society",
                    society.id().value(), beforeSociety, AuditSnapshots.of(society));
        }
        return FundingDecided.of(row);
    }
}
