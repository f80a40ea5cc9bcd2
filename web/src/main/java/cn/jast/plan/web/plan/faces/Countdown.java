package cn.jast.plan.web.plan.faces;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.plan.PlanDeadlines;
import cn.jast.plan.web.plan.PlanDeadlines.Deadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The header's countdown to the current plan year's electronic deadline (PlanDeadlines), shown in the
 * plan's zone (Beijing time for JAST). The page renders the time left as of the server's clock and
 * countdown.js keeps it running in the browser from the same two instants, so a demo clock counts
 * down as the server sees it.
 */
@Named
@RequestScoped
public class Countdown {

    @Inject
    PlanDeadlines deadlines;

    @Inject
    Language language;

    @Inject
    Texts texts;

    private Optional<Deadlines> current;

    public Deadlines getDeadlines() {
        if (current == null) {
            current = deadlines.now();
        }
        return current.orElse(null);
    }

    public boolean isAvailable() {
        return getDeadlines() != null;
    }

    public PlanYear getPlan() {
        return getDeadlines().plan();
    }

    public String getTitle() {
        return language.text(getPlan().title());
    }

    public String getClosing() {
        return texts.dateTime(getPlan().window().closesAt(), getPlan());
    }

    public String getOpening() {
        return texts.dateTime(getPlan().window().opensAt(), getPlan());
    }

    public String getPaperDeadline() {
        return texts.dateTime(getPlan().window().paperCopyDeadline(), getPlan());
    }

    /** The zone's offset at the deadline, e.g. "+08:00". */
    public String getZoneOffset() {
        return DateTimeFormatter.ofPattern("xxx").format(getPlan().window().closesAt().atZone(getPlan().zone()));
    }

    public long getDeadlineMillis() {
        return getPlan().window().closesAt().toEpochMilli();
    }

    public long getNowMillis() {
        return getDeadlines().now().toEpochMilli();
    }

    /** The exact closing instant, machine-readable, for the page's {@code <time datetime>}. */
    public String getClosingIso() {
        return getPlan().window().closesAt().atZone(getPlan().zone()).toOffsetDateTime().toString();
    }

    public Instant getNow() {
        return getDeadlines().now();
    }
}
