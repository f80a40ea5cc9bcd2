package cn.jast.plan.web.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.assessment.AssessmentContext;
import cn.jast.plan.domain.assessment.AssessmentEvidence;
import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.assessment.AssessmentRules;
import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.assessment.FinalAssessment;
import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.assessment.AssessmentRepository;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.notification.Notifications;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * After approval (IV.2): the society files reports with evidence (the final summary moves the project to
 * the final assessment, a rectification report answers a failed mid-term), the office records the mid-term
 * evaluation with its effect and the final assessment against the assessment rule book. The final result
 * decides nothing yet: the funding and, on a failure, the bar of ELIG-5 follow its results notice
 * ({@code PublicityService}). A project given up before it starts frees its place for the reserve list.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    /** The longest report text the system stores (a system limit, not the guide's: as REST's request). */
    public static final int REPORT_MAX_LENGTH = 100_000;
    /** The most pieces of evidence one report names. */
    public static final int REPORT_MAX_EVIDENCE = 100;

    private static final EnumSet<ApplicationState> RUNNING = EnumSet.of(APPROVED, MIDTERM_EVALUATED,
            RECTIFICATION_REQUIRED, FINAL_REPORT_FILED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    @Inject
    cn.jast.plan.web.review.ReserveService reserve;

    /** The society files a report; a FINAL_SUMMARY files the final report (总结报告). */
    public ProjectReport fileReport(String applicationId, ReportKind kind, String text, List<String> evidence) {
        Application a = access.owned(em, applicationId);
        if (kind == null) {
            throw Failures.invalid("kind", "must be one of " + java.util.Arrays.toString(ReportKind.values()));
        }
        requireReportText(text);
        if (!RUNNING.contains(a.state())) {
            throw Failures.conflict("Reports are filed for an approved project; this application is " + a.state() + ".");
        }
        List<String> ids = evidence == null ? List.of() : evidence;
        if (ids.size() > REPORT_MAX_EVIDENCE) {
            throw Failures.invalid("evidenceAttachmentIds", "must name at most " + REPORT_MAX_EVIDENCE
                    + " attachments, named " + ids.size());
        }
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
        } else if (kind == ReportKind.RECTIFICATION) {
            a.fileRectificationReport();
        }
        new AssessmentRepository(em).add(report);
        em.flush();
        audit.record(now, "report.file." + kind, "Application",
                a.id().value(), before, AuditSnapshots.of(a));
        return report;
    }

    /**
     * A report is text a person wrote: not blank, at most {@value #REPORT_MAX_LENGTH} characters, and no
     * control character but line breaks and tabs (as a long text of the form, #8).
     */
    private static void requireReportText(String text) {
        if (text == null || text.isBlank()) {
            throw Failures.invalid("text", "must not be blank");
        }
        int length = text.codePointCount(0, text.length());
        if (length > REPORT_MAX_LENGTH) {
            throw Failures.invalid("text", "must be at most " + REPORT_MAX_LENGTH + " characters, was " + length);
        }
        text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                .findFirst().ifPresent(c -> {
                    throw Failures.invalid("text", String.format("must not hold the control character U+%04X", c));
                });
    }

    public List<ProjectReport> reports(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new AssessmentRepository(em).reportsOf(a.id().value());
    }

    public List<AssessmentResult> results(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new AssessmentRepository(em).resultsOf(a.id().value());
    }

    /**
     * The office records the mid-term evaluation (中期评估) of an approved project, with its effect: a failure
     * requires a rectification report before the final report, or stops the project where the plan year
     * says so (then its funding is cancelled).
     */
    public AssessmentResult midTerm(String applicationId, boolean passed, String note) {
        Application a = access.forOffice(em, applicationId);
        PlanYear plan = plans.plan(a.planYear());
        Instant now = clock.instant();
        String before = AuditSnapshots.of(a);
        a.recordMidTermEvaluation(passed, plan.management().midTerm(), now);
        AssessmentResult result = new AssessmentResult(UUID.randomUUID().toString(), a.id().value(),
                AssessmentResult.Stage.MID_TERM, passed, note, access.actor(), now);
        new AssessmentRepository(em).add(result);
        if (a.state() == TERMINATED) {
            new FundingRepository(em).record(FundingDecision.forOutcome(plan, a), now, access.actor());
        }
        em.flush();
        audit.record(now, passed ? "assessment.midTerm"
                : "assessment.midTerm.failed", "Application", a.id().value(), before, AuditSnapshots.of(a));
        notifications.midTermResult(a, result);
        return result;
    }

    /** What the final assessment recorded, with the rules it left unmet by the office's exception and the warnings. */
    public record FinalResult(Application application, AssessmentResult result, List<Violation> excepted,
                              List<Violation> warnings) {
    }

    /**
     * Evaluates the project against the assessment rule book (without recording anything): what a pass would
     * need, for the office to see before it decides.
     */
    public cn.jast.plan.domain.rules.Evaluation checkFinal(String applicationId, AssessmentEvidence evidence) {
        Application a = access.forOffice(em, applicationId);
        requireEvidenceOf(a, evidence);
        return evaluate(a, evidence);
    }

    /** One assessment rule that applies to the project, and whether the evidence given meets it. */
    public record RuleOutcome(String rule, String clause, cn.jast.plan.domain.rules.Severity severity,
                              cn.jast.plan.domain.support.LocalizedText message, boolean met) {
    }

    /**
     * Every rule of the assessment rule book that applies to the project (the plan year's
     * {@code management.assessment}), each with whether it is met by the evidence, as {@link #checkFinal}
     * evaluates it: the office's page shows the met ones beside the unmet ones.
     */
    public List<RuleOutcome> finalRules(String applicationId, AssessmentEvidence evidence) {
        Application a = access.forOffice(em, applicationId);
        AssessmentEvidence given = evidence == null ? AssessmentEvidence.NONE : evidence;
        requireEvidenceOf(a, given);
        PlanYear plan = plans.plan(a.planYear());
        cn.jast.plan.domain.rules.Evaluation e = evaluate(a, given);
        return AssessmentRules.forPlan(plan).rulesFor(a.category(), a.subProject()).stream()
                .map(r -> new RuleOutcome(r.id(), r.clause(), r.severity(), r.message(plan),
                        !e.breaks(r.id()) && !e.warns(r.id()))).toList();
    }

    private cn.jast.plan.domain.rules.Evaluation evaluate(Application a, AssessmentEvidence evidence) {
        PlanYear plan = plans.plan(a.planYear());
        return AssessmentRules.forPlan(plan).evaluate(new AssessmentContext(plan, a.content(),
                new AssessmentRepository(em).reportsOf(a.id().value()), evidence));
    }

    private void requireEvidenceOf(Application a, AssessmentEvidence evidence) {
        for (var e : evidence.achievements().entrySet()) {
            for (String id : e.getValue()) {
                StoredAttachment att = id == null || id.length() > 64 ? null : em.find(StoredAttachment.class, id);
                if (att == null || !att.applicationId().equals(a.id().value())) {
                    throw Failures.invalid("evidence.achievements." + e.getKey(),
                            "names no attachment of this application: " + id);
                }
            }
        }
    }

    /**
     * The office records the final assessment (验收考核). A pass is refused (422, naming the rules) while a
     * rule of the assessment rule book is unmet, unless the office gives an exception with a reason for each.
     * Nothing takes effect yet: the result goes to a results notice (IV.2), and the funding and, on a failure,
     * the bar of ELIG-5 follow when that notice has ended with no objection standing.
     */
    public FinalResult finalAssessment(String applicationId, boolean passed, String note, AssessmentEvidence evidence,
                                       Map<String, String> exceptions) {
        Application a = access.forOffice(em, applicationId);
        if (a.state() != FINAL_REPORT_FILED) {
            throw Failures.conflict("The final assessment follows the final report (总结报告); this application is "
                    + a.state() + ".");
        }
        AssessmentEvidence given = evidence == null ? AssessmentEvidence.NONE : evidence;
        Map<String, String> reasons = exceptions == null ? Map.of() : exceptions;
        requireEvidenceOf(a, given);
        cn.jast.plan.domain.rules.Evaluation evaluation = evaluate(a, given);
        for (var e : reasons.entrySet()) {
            if (!evaluation.breaks(e.getKey())) {
                throw Failures.invalid("exceptions." + e.getKey(), "is not a rule this project leaves unmet");
            }
        }
        Instant now = clock.instant();
        String before = AuditSnapshots.of(a);
        FinalAssessment.record(a, evaluation, reasons, passed, now);
        AssessmentResult result = new AssessmentResult(UUID.randomUUID().toString(), a.id().value(),
                AssessmentResult.Stage.FINAL, passed, note, access.actor(), now);
        new AssessmentRepository(em).add(result);
        em.flush();
        List<Violation> excepted = passed ? evaluation.violations() : List.of();
        String after = JsonWriter.write(w -> w.raw("application", AuditSnapshots.of(a))
                .raw("exceptions", JsonWriter.write(ex -> excepted.forEach(v -> ex.field(v.rule(), reasons.get(v.rule())))))
                .field("unmet", String.join(",", evaluation.violations().stream().map(Violation::rule).toList())));
        audit.record(now, passed ? "assessment.final.passed"
                : "assessment.final.failed", "Application", a.id().value(), before, after);
        return new FinalResult(a, result, excepted, evaluation.warnings());
    }

    /**
     * The project's society (or the office) gives up an approved project before it starts: its place goes to
     * the next on the reserve list of its quota group, who is recommended for a supplementary notice.
     */
    public List<Application> withdrawBeforeStart(String applicationId, String reason) {
        Application a = access.ownedOrOffice(em, applicationId);
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "must say why the project is given up");
        }
        Instant now = clock.instant();
        String before = AuditSnapshots.of(a);
        a.withdrawBeforeStart(now);
        AuditTrail.Batch promotions = audit.batch(now);
        List<Application> promoted = reserve.fillVacancies(a, promotions);
        em.flush();
        audit.record(now, "application.withdrawBeforeStart", "Application",
                a.id().value(), before, AuditSnapshots.of(a));
        promotions.write();
        return promoted;
    }
}
