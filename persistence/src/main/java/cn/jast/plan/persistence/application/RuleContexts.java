package cn.jast.plan.persistence.application;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.DeclaredEvent;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.SocietyProfile;

/**
 * The one place that assembles what the submission rules read about a stored application: its
 * society's profile, the society's other live applications of the plan year (LIMIT-1..3), and, where
 * LIMIT-4 (one event, one sub-project, whoever declares it) applies, the events other societies
 * declared. The draft check and the submission evaluate this same context, so a draft that checks
 * clean submits clean at the same instant.
 */
public final class RuleContexts {

    private RuleContexts() {
    }

    /**
     * True when evaluating this application reads other societies' applications: its category is one
     * where an event may be declared only once, and it declares one. A submission then locks the plan
     * year first (see {@link Submissions}).
     */
    public static boolean readsOtherSocieties(Application application, PlanYear plan) {
        return plan.category(application.category()).map(Category::oneEventOneSubProject).orElse(false)
                && application.content().event() != null;
    }

    /** The context of {@code application} at {@code at}, read from the database now. */
    public static RuleContext of(ApplicationRepository applications, Application application, SocietyProfile society,
                                 PlanYear plan, Instant at) {
        List<ApplicationContent> others = applications.liveOfSociety(application.society(), plan.year(),
                application.id()).stream().map(Application::content).toList();
        List<DeclaredEvent> events = readsOtherSocieties(application, plan)
                ? eventsOfOtherSocieties(applications, application, plan) : List.of();
        return new RuleContext(plan, society, application.content(), others, events, at);
    }

    private static List<DeclaredEvent> eventsOfOtherSocieties(ApplicationRepository applications,
                                                              Application application, PlanYear plan) {
        List<String> categories = plan.categories().stream().filter(Category::oneEventOneSubProject)
                .map(Category::code).toList();
        return applications.liveOfOtherSocieties(application.society(), plan.year(), categories).stream()
                .filter(a -> a.content().event() != null)
                .map(a -> new DeclaredEvent(a.category(), a.subProject(), a.content().event()))
                .toList();
    }
}
