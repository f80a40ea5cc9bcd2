package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.SocietyProfile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rule may look at when one application is checked for submission.
 *
 * @param otherApplications   the society's other live applications of the plan year (submitted, or
 *                            about to be; withdrawn ones left out): the LIMIT rules read them
 * @param eventsOfOtherSocieties academic events other societies have declared (LIMIT-4: "whoever declares it")
 * @param at                  the instant of submission; null when not given (DEADLINE-1 is then not met)
 */
public record RuleContext(PlanYear plan, SocietyProfile society, ApplicationContent application,
                          List<ApplicationContent> otherApplications, List<DeclaredEvent> eventsOfOtherSocieties,
                          Instant at) {
    public RuleContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(society, "society");
        Objects.requireNonNull(application, "application");
        otherApplications = otherApplications == null ? List.of() : List.copyOf(otherApplications);
        eventsOfOtherSocieties = eventsOfOtherSocieties == null ? List.of() : List.copyOf(eventsOfOtherSocieties);
    }

    public RuleContext(PlanYear plan, SocietyProfile society, ApplicationContent application,
                       List<ApplicationContent> otherApplications, Instant at) {
        this(plan, society, application, otherApplications, List.of(), at);
    }
}
