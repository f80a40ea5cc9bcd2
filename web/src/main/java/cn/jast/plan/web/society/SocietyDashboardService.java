package cn.jast.plan.web.society;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.plan.PlanDeadlines;
import cn.jast.plan.web.plan.PlanDeadlines.Deadlines;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.publicity.PublicityService;
import cn.jast.plan.domain.publicity.PublicityNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * A society's dashboard for one plan year (read model): its applications with their states and what
 * each needs next, and the time left to the electronic and the paper deadline (V.2). What a draft needs
 * comes from the same draft check as the REST API's {@code /check} (ApplicationService.check): a draft
 * the rules refuse needs its form completed or corrected; one they admit can be submitted.
 */
@ApplicationScoped
@Transactional
public class SocietyDashboardService {

    @Inject
    Access access;

    @Inject
    SocietyService societies;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentService assessments;

    @Inject
    PlanService plans;

    @Inject
    PlanDeadlines deadlines;

    @Inject
    PublicityService publicity;

    @Inject
    Clock clock;

    /** What an application needs from the society next. */
    public enum NextStep {
        /** a draft the rules refuse: complete or correct the form */
        COMPLETE_FORM,
        /** a draft the rules admit: submit it before the electronic deadline */
        SUBMIT,
        /** submitted: post the stamped paper copy before the paper deadline */
        POST_PAPER_COPY,
        /** approved: file the mid-term report */
        FILE_MID_TERM_REPORT,
        /** evaluated at mid-term: file the final summary report */
        FILE_FINAL_REPORT,
        /** nothing for the society to do now: the office or the experts act */
        WAIT,
        /** closed: withdrawn, lapsed, not recommended, rejected or concluded */
        NONE
    }

    /** One application on the dashboard; {@code refusals} counts the rules a draft breaks now. */
    public record Item(Application application, NextStep next, int refusals, int warnings) {
    }

    public record Dashboard(Society society, PlanYear plan, Deadlines deadlines, List<Item> items,
                            List<NoticeMention> notices) {
    }

    /**
     * A public notice (公示, IV.1, IV.2) that lists applications of the caller's society: which ones, and
     * whether it is still running (so that the society can see an objection may still come).
     */
    public record NoticeMention(PublicityNotice notice, List<String> applicationIds, boolean running) {
    }

    /** The caller's society's dashboard for a plan year. */
    public Dashboard of(int year) {
        String code = access.requireSociety();
        PlanYear plan = plans.plan(year);
        List<Application> own = applications.list(year, null);
        List<Item> items = own.stream().map(this::item).toList();
        return new Dashboard(societies.society(code), plan, deadlines.of(plan, clock.instant()), items,
                notices(year, own));
    }

    /** The dashboard of the current plan year, if there is one. */
    public java.util.Optional<Dashboard> current() {
        return deadlines.current().map(p -> of(p.year()));
    }

    /** The notices of the plan year that list any of these applications, newest first. */
    private List<NoticeMention> notices(int year, List<Application> own) {
        java.util.Set<String> ids = own.stream().map(a -> a.id().value())
                .collect(java.util.stream.Collectors.toSet());
        java.time.Instant now = clock.instant();
        return publicity.notices().stream().filter(n -> n.planYear() == year)
                .map(n -> new NoticeMention(n, n.applicationIds().stream().filter(ids::contains).toList(),
                        n.period().isRunningAt(now)))
                .filter(m -> !m.applicationIds().isEmpty()).toList();
    }

    private Item item(Application a) {
        if (a.state() == ApplicationState.DRAFT) {
            ApplicationService.DraftCheck check = applications.check(a.id().value());
            Evaluation e = check.evaluation();
            return new Item(a, check.submittable() ? NextStep.SUBMIT : NextStep.COMPLETE_FORM, e.violations().size(),
                    e.warnings().size());
        }
        return new Item(a, switch (a.state()) {
            case SUBMITTED -> NextStep.POST_PAPER_COPY;
            case APPROVED -> hasReport(a, ReportKind.MID_TERM) ? NextStep.WAIT : NextStep.FILE_MID_TERM_REPORT;
            case MIDTERM_EVALUATED -> hasReport(a, ReportKind.FINAL_SUMMARY) ? NextStep.WAIT : NextStep.FILE_FINAL_REPORT;
            case PAPER_COPY_RECORDED, UNDER_REVIEW, RECOMMENDED, IN_PUBLICITY, FINAL_REPORT_FILED, PASSED -> NextStep.WAIT;
            default -> NextStep.NONE;
        }, 0, 0);
    }

    private boolean hasReport(Application a, ReportKind kind) {
        return assessments.reports(a.id().value()).stream().anyMatch(r -> r.kind() == kind);
    }
}
