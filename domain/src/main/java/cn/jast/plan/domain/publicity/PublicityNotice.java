package cn.jast.plan.domain.publicity;

import cn.jast.plan.domain.calendar.PublicityPeriod;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A public notice (公示), IV.2: "项目立项和考核结果及时公示接受监督，公示时间不少于5个工作日". It runs
 * for the plan year's number of working days on the plan's calendar; anyone may lodge an objection
 * while it runs.
 */
public class PublicityNotice {
    private String id;
    private int planYear;
    private NoticeKind kind;
    private String title;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private int workingDays;
    private String zone;
    private List<String> applicationIds = new ArrayList<>();
    private Instant publishedAt;
    private long version;

    /** For the persistence mapper only. */
    protected PublicityNotice() {
    }

    private PublicityNotice(String id, int planYear, NoticeKind kind, String title, PublicityPeriod period,
                            List<String> applicationIds, Instant publishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.planYear = planYear;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
        this.workingDays = period.workingDays();
        this.zone = period.zone().getId();
        this.applicationIds = new ArrayList<>(applicationIds);
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /**
     * Publishes a notice on the day of {@code at} in the plan's zone, running the plan year's
     * minimum number of working days (IV.2): {@code thresholds.publicityWorkingDays} for an approval list
     * (a supplementary one too), {@code management.assessment.resultsPublicityWorkingDays} for assessment results.
     */
    public static PublicityNotice publish(String id, PlanYear plan, NoticeKind kind, String title,
                                          List<String> applicationIds, Instant at) {
        return publish(id, plan, kind, title, applicationIds, at.atZone(plan.zone()).toLocalDate(), at);
    }

    /**
     * Publishes a notice decided at {@code at} that starts on {@code firstDay} (the day the office chose, in
     * the plan's zone), running the plan year's working days from then (IV.2; {@link #workingDaysOf}). A notice
     * that starts on a later day is published at 00:00 of that day: it is public, and open to objections, from
     * then on.
     *
     * @throws IllegalArgumentException when it lists nothing, starts before the day of {@code at}, or runs
     *                                  beyond the plan's calendar
     */
    public static PublicityNotice publish(String id, PlanYear plan, NoticeKind kind, String title,
                                          List<String> applicationIds, LocalDate firstDay, Instant at) {
        if (applicationIds.isEmpty()) {
            throw new IllegalArgumentException("a notice lists at least one application");
        }
        LocalDate today = at.atZone(plan.zone()).toLocalDate();
        if (firstDay.isBefore(today)) {
            throw new IllegalArgumentException("a notice cannot start before the day it is published (" + today + ")");
        }
        PublicityPeriod period = PublicityPeriod.starting(firstDay, workingDaysOf(plan, kind), plan.calendar(),
                plan.zone());
        Instant published = firstDay.isAfter(today) ? firstDay.atStartOfDay(plan.zone()).toInstant() : at;
        return new PublicityNotice(id, plan.year(), kind, title, period, applicationIds, published);
    }

    /** The working days a notice of a kind runs: plan data (IV.2 "公示时间不少于5个工作日"). */
    public static int workingDaysOf(PlanYear plan, NoticeKind kind) {
        return kind == NoticeKind.ASSESSMENT_RESULTS
                ? plan.management().assessment().resultsPublicityWorkingDays()
                : plan.thresholds().publicityWorkingDays();
    }

    public String id() {
        return id;
    }

    public int planYear() {
        return planYear;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public PublicityPeriod period() {
        return new PublicityPeriod(firstDay, lastDay, workingDays, java.time.ZoneId.of(zone));
    }

    public List<String> applicationIds() {
        return List.copyOf(applicationIds);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    /** An objection (异议) lodged now; refused once the notice is over or for an application it does not list. */
    public Objection object(String objectionId, String applicationId, String text, String raisedBy, Instant at) {
        if (!period().isRunningAt(at)) {
            throw new IllegalStateException(LocalizedText.of("公示期已结束，不再受理异议",
                    "The notice is over; objections are no longer accepted.").en());
        }
        if (!applicationIds.contains(applicationId)) {
            throw new IllegalArgumentException("the notice does not list application " + applicationId);
        }
        return new Objection(objectionId, id, applicationId, text, raisedBy, at);
    }
}
