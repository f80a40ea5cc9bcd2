package cn.jast.plan.web.plan;

import cn.jast.plan.domain.calendar.SubmissionWindow;
import cn.jast.plan.domain.plan.PlanYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The current plan year and how much time is left to its deadlines, on the application's clock: the
 * countdown in every page's header and the society's dashboard read it (V.2: electronic submission
 * closes at 17:00 of the plan's closing day; the stamped paper copy must have arrived by its own
 * deadline). The instants are the plan year's data; only the warning period
 * ({@value #WARNING_PROPERTY}, default {@value #DEFAULT_WARNING}) is a setting of the pages.
 */
@ApplicationScoped
public class PlanDeadlines {
    static final String WARNING_PROPERTY = "jast.pages.deadline-warning";
    static final String DEFAULT_WARNING = "PT72H";

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = WARNING_PROPERTY, defaultValue = DEFAULT_WARNING)
    Duration warning;

    /** Time left to one deadline, as of {@code now}. */
    public record TimeLeft(Instant deadline, Instant now, Duration warning) {
        public Duration left() {
            return now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO;
        }

        public boolean passed() {
            return !now.isBefore(deadline);
        }

        /** Inside the warning period before the deadline (72 hours by default). */
        public boolean warn() {
            return !passed() && left().compareTo(warning) <= 0;
        }

        public long days() {
            return left().toDays();
        }

        public int hours() {
            return left().toHoursPart();
        }

        public int minutes() {
            return left().toMinutesPart();
        }
    }

    /** A plan year's two deadlines, as of now. */
    public record Deadlines(PlanYear plan, Instant now, TimeLeft electronic, TimeLeft paper) {
        public SubmissionWindow window() {
            return plan.window();
        }

        public boolean notYetOpen() {
            return now.isBefore(plan.window().opensAt());
        }
    }

    /**
     * The current plan year: the latest one whose submission window has opened by now, or, before any
     * has opened, the first to open.
     */
    public Optional<PlanYear> current() {
        Instant now = clock.instant();
        List<PlanYear> all = plans.years().stream().map(plans::plan).toList();
        return all.stream().filter(p -> !now.isBefore(p.window().opensAt()))
                .max(Comparator.comparing(p -> p.window().opensAt()))
                .or(() -> all.stream().min(Comparator.comparing(p -> p.window().opensAt())));
    }

    public Optional<Deadlines> current(Instant now) {
        return current().map(p -> of(p, now));
    }

    public Deadlines of(PlanYear plan, Instant now) {
        return new Deadlines(plan, now, new TimeLeft(plan.window().closesAt(), now, warning),
                new TimeLeft(plan.window().paperCopyDeadline(), now, warning));
    }

    /** The current plan year's deadlines on the application's clock. */
    public Optional<Deadlines> now() {
        return current(clock.instant());
    }
}
