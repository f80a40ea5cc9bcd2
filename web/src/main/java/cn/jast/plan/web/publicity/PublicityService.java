package cn.jast.plan.web.publicity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.assessment.FinalAssessment;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.persistence.publicity.PublicityRepository;
import cn.jast.plan.web.review.ReserveService;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.notification.Notifications;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Public notices (公示, IV.2): the office publishes the approval list of every recommended application for
 * the plan year's working days; anyone reads notices and may object while one runs; the office decides
 * objections (an upheld one takes the application off the list) and, once the period is over, concludes
 * the notice, approving every listed application still in publicity. Bulk steps are all or nothing.
 */
@ApplicationScoped
@Transactional
public class PublicityService {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    cn.jast.plan.web.ids.NewIds ids;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    ReserveService reserve;

    @Inject
    ObjectionLimit limit;

    @Inject
    HttpServletRequest request;

    /** One listed application as the public sees it. */
    public record Listing(Application application, String societyName) {
    }

    /**
     * Publishes a notice: an approval list (or a supplementary one, after promotion from the reserve list) of
     * every recommended application, or the assessment results of every assessed project not yet announced.
     */
    public PublicityNotice publish(int year, NoticeKind kind, String title) {
        return publish(year, kind, title, null);
    }

    /**
     * Publishes a notice that starts on the day the office chose ({@code start}, in the plan's zone; null: today):
     * the period runs the plan year's working days from it (IV.2, 公示时间不少于5个工作日: {@code
     * thresholds.publicityWorkingDays}, or {@code management.assessment.resultsPublicityWorkingDays}) on the
     * plan's working-day calendar. A start before today is refused (400 naming {@code start}): objections could
     * not have been lodged on the days already past. The listed applications are in publicity at once; the
     * notice is public, and takes objections, from 00:00 of its first day.
     */
    public PublicityNotice publish(int year, NoticeKind kind, String title, java.time.LocalDate start) {
        access.require(Roles.OFFICE);
        if (title == null || title.isBlank()) {
            throw Failures.invalid("title", "must be given: the notice's title as the public reads it");
        }
        if (kind == null) {
            throw Failures.invalid("kind", "must be one of " + java.util.Arrays.toString(NoticeKind.values()));
        }
        PlanYear plan = plans.plan(year);
        PublicityRepository publicity = new PublicityRepository(em);
        ApplicationRepository applications = new ApplicationRepository(em);
        List<Application> listed = new ArrayList<>();
        if (kind == NoticeKind.ASSESSMENT_RESULTS) {
            for (ApplicationState s : List.of(ApplicationState.PASSED, ApplicationState.FAILED)) {
                for (Application a : applications.inState(year, s)) {
                    if (!announcedSinceAssessed(a)) {
                        listed.add(a);
                    }
                }
            }
            if (listed.isEmpty()) {
                throw Failures.conflict("No assessment result of " + year + " waits for its notice.");
            }
        } else {
            listed.addAll(applications.inState(year, ApplicationState.RECOMMENDED));
            if (listed.isEmpty()) {
                throw Failures.conflict("No application of " + year + " is recommended; there is nothing to publish.");
            }
        }
        Instant now = clock.instant();
        java.time.LocalDate firstDay = start == null ? now.atZone(plan.zone()).toLocalDate() : start;
        periodFrom(plan, kind, firstDay, now);
        PublicityNotice notice;
        try {
            notice = PublicityNotice.publish(ids.notice(), plan, kind, title.strip(),
                    listed.stream().map(a -> a.id().value()).toList(), firstDay, now);
        } catch (IllegalArgumentException e) {
            throw Failures.conflict("The notice cannot be published today: " + e.getMessage());
        }
        AuditTrail.Batch records = audit.batch(now);
        if (kind != NoticeKind.ASSESSMENT_RESULTS) {
            for (Application a : listed) {
                String before = AuditSnapshots.of(a);
                a.publish();
                records.add("application.publish", "Application", a.id().value(),
                        before, AuditSnapshots.of(a));
            }
        }
        publicity.add(notice);
        em.flush();
        // IV.2: each society listed is told of the notice (and of its result), in the notice's transaction
        for (Application a : listed) {
            notifications.noticeOpened(notice, a, kind == NoticeKind.ASSESSMENT_RESULTS ? a.state() == ApplicationState.PASSED : null);
        }
        records.write();
        audit.record(now, "notice.publish", "PublicityNotice", notice.id(), null,
                "{\"kind\":\"" + kind + "\",\"title\":" + JSON.createValue(title) + ",\"applications\":"
                        + listed.size() + "}");
        return notice;
    }

    /** A day a notice's period passes over without counting it (IV.2: working days only). */
    public record DayOff(java.time.LocalDate day, boolean holiday) {
    }

    /**
     * The period a notice of a kind would run from {@code start}, as the office chooses the date: its first
     * and last day and working days, the holidays and weekend days it skips, the weekend days worked instead
     * (调休上班) it counts. Nothing is stored.
     */
    public record PeriodPreview(cn.jast.plan.domain.calendar.PublicityPeriod period, List<DayOff> skipped,
                                List<java.time.LocalDate> workedWeekendDays) {
    }

    /** What {@link #publish} would give for the start and kind, or the refusal publishing would give. */
    public PeriodPreview preview(int year, NoticeKind kind, java.time.LocalDate start) {
        access.require(Roles.OFFICE);
        if (kind == null) {
            throw Failures.invalid("kind", "must be one of " + java.util.Arrays.toString(NoticeKind.values()));
        }
        PlanYear plan = plans.plan(year);
        Instant now = clock.instant();
        java.time.LocalDate firstDay = start == null ? now.atZone(plan.zone()).toLocalDate() : start;
        var calendar = plan.calendar();
        var period = periodFrom(plan, kind, firstDay, now);
        List<DayOff> skipped = new ArrayList<>();
        List<java.time.LocalDate> worked = new ArrayList<>();
        for (var d = period.firstDay(); !d.isAfter(period.lastDay()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                skipped.add(new DayOff(d, calendar.holidays().contains(d)));
            } else if (calendar.workingWeekendDays().contains(d)) {
                worked.add(d);
            }
        }
        return new PeriodPreview(period, skipped, worked);
    }

    /**
     * IV.2: the period is counted on the plan's calendar from the day the notice starts; it cannot start before
     * today, and the calendar must hold every day it runs (a guessed holiday would shorten it): 400 naming start.
     */
    private static cn.jast.plan.domain.calendar.PublicityPeriod periodFrom(PlanYear plan, NoticeKind kind,
                                                                           java.time.LocalDate firstDay, Instant now) {
        java.time.LocalDate today = now.atZone(plan.zone()).toLocalDate();
        if (firstDay.isBefore(today)) {
            throw Failures.invalid("start", "must be today (" + today + ") or later: a notice cannot have begun"
                    + " before it is published (IV.2)");
        }
        try {
            return cn.jast.plan.domain.calendar.PublicityPeriod.starting(firstDay,
                    PublicityNotice.workingDaysOf(plan, kind), plan.calendar(), plan.zone());
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("start", e.getMessage());
        }
    }

    /** The applications recommended and on no running or coming notice yet: what the next notice would list. */
    public List<Listing> awaitingNotice(int year) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        List<Listing> list = new ArrayList<>();
        for (Application a : new ApplicationRepository(em).inState(year, ApplicationState.RECOMMENDED)) {
            Society s = em.find(Society.class, a.society().value());
            list.add(new Listing(a, s == null ? a.society().value() : s.name()));
        }
        list.sort(java.util.Comparator.comparing(l -> l.application().id().value()));
        return list;
    }

    /** One decision of a bulk step: the objection, upheld or dismissed, and the office's reason. */
    public record Decision(String objectionId, boolean upheld, String note) {
    }

    /**
     * Decides several objections in one transaction, each as {@link #decide} does (IV.2: an upheld one takes the
     * application off the list, its place goes to the group's reserve), each with its reason: every decision, or
     * — when any is refused — none, and the refusal names that objection. REST and the office's page call it.
     */
    public List<Objection> decideAll(List<Decision> decisions) {
        access.require(Roles.OFFICE);
        if (decisions == null || decisions.isEmpty()) {
            throw Failures.invalid("decisions", "must name at least one objection");
        }
        List<Objection> decided = new ArrayList<>();
        for (Decision d : decisions) {
            String item = d == null ? "?" : String.valueOf(d.objectionId());
            try {
                if (d == null || d.note() == null || d.note().isBlank()) {
                    throw Failures.invalid("note", "must give the office's reason for the decision");
                }
                decided.add(decide(d.objectionId(), d.upheld(), d.note().strip()));
            } catch (cn.jast.plan.web.refusal.Refusal r) {
                throw r.about(item);
            } catch (cn.jast.plan.domain.application.TransitionRefused t) {
                throw Failures.conflict(t.reason().en()).about(item);
            }
        }
        return decided;
    }

    /** True when a results notice published after the project's assessment lists it. */
    private boolean announcedSinceAssessed(Application a) {
        return em.createQuery("SELECT n FROM PublicityNotice n WHERE n.kind = :k AND n.publishedAt >= :t",
                        PublicityNotice.class).setParameter("k", NoticeKind.ASSESSMENT_RESULTS)
                .setParameter("t", a.decidedAt()).getResultList().stream()
                .anyMatch(n -> n.applicationIds().contains(a.id().value()));
    }

    /** Every notice, newest first: public. */
    public List<PublicityNotice> notices() {
        return em.createQuery("SELECT n FROM PublicityNotice n ORDER BY n.publishedAt DESC, n.id",
                PublicityNotice.class).getResultList();
    }

    public PublicityNotice notice(String id) {
        PublicityNotice n = id == null || id.length() > 64 ? null : em.find(PublicityNotice.class, id);
        if (n == null) {
            throw Failures.notFound("notice " + id);
        }
        return n;
    }

    /** What a notice lists, with the societies' names: public. */
    public List<Listing> listings(PublicityNotice notice) {
        List<Listing> list = new ArrayList<>();
        for (String id : notice.applicationIds()) {
            Application a = em.find(Application.class, id);
            if (a != null) {
                Society s = em.find(Society.class, a.society().value());
                list.add(new Listing(a, s == null ? a.society().value() : s.name()));
            }
        }
        return list;
    }

    /**
     * Anyone may object while the notice runs, to an application it lists; one address at most
     * {@link ObjectionLimit}'s number of times within its window (429 beyond, nothing stored).
     */
    public Objection object(String noticeId, String applicationId, String text, String contact) {
        PublicityNotice notice = notice(noticeId);
        Instant now = clock.instant();
        // The limit runs on real time, not on the demo clock, which may stand still.
        String source = source();
        java.util.Optional<java.time.Duration> wait = limit.waitFor(source, Instant.now());
        if (wait.isPresent()) {
            throw Failures.tooMany("Too many objections from this address; the next one is taken in "
                    + Math.max(1, wait.get().toSeconds()) + " seconds.", wait.get());
        }
        String raisedBy = (access.user().isAnonymous() ? "anonymous" : access.actor())
                + (contact == null || contact.isBlank() ? "" : " <" + contact.strip() + ">");
        Objection objection;
        try {
            objection = notice.object(UUID.randomUUID().toString(), applicationId, text, raisedBy, now);
        } catch (IllegalStateException e) {
            throw Failures.conflict("The notice is not running; objections are accepted from "
                    + notice.period().firstDay() + " until " + notice.period().endsAt() + ".");
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(text == null || text.isBlank() ? "text" : "applicationId",
                    text == null || text.isBlank() ? "must say what is objected to" : "is not listed on this notice");
        }
        new PublicityRepository(em).add(objection);
        audit.record(now, "objection.raise", "Objection", objection.id(),
                null, "{\"notice\":\"" + noticeId + "\",\"application\":\"" + objection.applicationId() + "\"}");
        limit.accepted(source, Instant.now());
        notifications.toOffice("OBJECTION", "objection:" + objection.id(), notice.title(), objection.applicationId());
        return objection;
    }

    /** The client's address (the REST request's or the page's, through a trusted proxy); one source of its own outside a request. */
    private String source() {
        return clientAddress.of(request);
    }

    @Inject
    cn.jast.plan.web.security.ClientAddress clientAddress;

    public List<Objection> objections(String noticeId) {
        access.require(Roles.OFFICE);
        return new PublicityRepository(em).objectionsTo(notice(noticeId).id());
    }

    /** The office decides an objection; upheld, the application is taken off the list (rejected). */
    public Objection decide(String objectionId, boolean upheld, String note) {
        access.require(Roles.OFFICE);
        Objection o = (objectionId == null || objectionId.length() > 64 ? java.util.Optional.<Objection>empty()
                : new PublicityRepository(em).findObjection(objectionId))
                .orElseThrow(() -> Failures.notFound("objection " + objectionId));
        try {
            o.decide(upheld, note);
        } catch (IllegalStateException e) {
            throw Failures.conflict("The objection is already decided: " + o.status() + ".");
        }
        Instant now = clock.instant();
        AuditTrail.Batch records = audit.batch(now);
        if (upheld) {
            PublicityNotice notice = notice(o.noticeId());
            Application a = em.find(Application.class, o.applicationId());
            String before = AuditSnapshots.of(a);
            if (notice.kind() == NoticeKind.ASSESSMENT_RESULTS) {
                // IV.2: an upheld objection to a result reopens the assessment; nothing of the result took effect
                FinalAssessment.reopen(a);
                records.add("application.reopenAssessment", "Application",
                        a.id().value(), before, AuditSnapshots.of(a));
            } else {
                a.rejectOnObjection(now);
                records.add("application.rejectOnObjection", "Application",
                        a.id().value(), before, AuditSnapshots.of(a));
                reserve.fillVacancies(a, records);
            }
        }
        em.flush();
        audit.record(now, upheld ? "objection.uphold" : "objection.dismiss",
                "Objection", o.id(), null, "{\"status\":\"" + o.status() + "\"}");
        records.write();
        return o;
    }

    /**
     * After the notice period: approves every listed application still in publicity, or none (an
     * undecided objection, or a period not yet over, refuses the whole step).
     */
    public List<Application> conclude(String noticeId) {
        access.require(Roles.OFFICE);
        PublicityNotice notice = notice(noticeId);
        Instant now = clock.instant();
        if (!notice.period().isOverAt(now)) {
            throw Failures.conflict("The notice runs until " + notice.period().endsAt() + " (" + notice.period()
                    .workingDays() + " working days, to the end of " + notice.period().lastDay() + ").");
        }
        PublicityRepository publicity = new PublicityRepository(em);
        if (notice.kind() == NoticeKind.ASSESSMENT_RESULTS) {
            return concludeResults(notice, now);
        }
        List<Application> approved = new ArrayList<>();
        AuditTrail.Batch records = audit.batch(now);
        for (String id : notice.applicationIds()) {
            Application a = em.find(Application.class, id);
            if (a == null || a.state() != ApplicationState.IN_PUBLICITY) {
                continue;
            }
            if (publicity.hasOpenObjection(id)) {
                throw Failures.conflict("An objection against application " + id + " is not decided yet.");
            }
            String before = AuditSnapshots.of(a);
            a.approve(notice.period(), now);
            approved.add(a);
            records.add("application.approve", "Application", id, before, AuditSnapshots.of(a));
        }
        em.flush();
        records.write();
        return approved;
    }

    /**
     * A results notice has ended: every listed project still assessed takes its result (IV.2) — the funding
     * decided or cancelled, a failure recorded against the society for ELIG-5 — or none does (an objection
     * still open refuses the whole step). A project whose assessment an upheld objection reopened is left out.
     */
    private List<Application> concludeResults(PublicityNotice notice, Instant now) {
        PublicityRepository publicity = new PublicityRepository(em);
        List<Objection> objections = publicity.objectionsTo(notice.id());
        List<Application> concluded = new ArrayList<>();
        AuditTrail.Batch records = audit.batch(now);
        for (String id : notice.applicationIds()) {
            Application a = em.find(Application.class, id);
            if (a == null || (a.state() != ApplicationState.PASSED && a.state() != ApplicationState.FAILED)) {
                continue;
            }
            if (objections.stream().anyMatch(o -> o.applicationId().equals(id) && o.status() == Objection.Status.OPEN)) {
                throw Failures.conflict("An objection against the result of application " + id + " is not decided yet.");
            }
            if (objections.stream().anyMatch(o -> o.applicationId().equals(id) && o.status() == Objection.Status.UPHELD)) {
                continue;
            }
            Society society = em.find(Society.class, a.society().value());
            PlanYear plan = plans.plan(a.planYear());
            String beforeApplication = AuditSnapshots.of(a);
            String beforeSociety = AuditSnapshots.of(society);
            boolean failed = a.state() == ApplicationState.FAILED;
            FundingDecision decision = FinalAssessment.takeEffect(plan, notice, objections, a, society, now);
            new FundingRepository(em).record(decision, now, access.actor());
            concluded.add(a);
            records.add("application.resultTakesEffect", "Application", id,
                    beforeApplication, AuditSnapshots.of(a));
            records.add("funding.decide", "Application", id, null,
                    "{\"outcome\":\"" + decision.outcome() + "\",\"fundingYear\":" + decision.fundingYear() + "}");
            if (failed) {
                records.add("society.failedAssessment", "Society",
                        society.id().value(), beforeSociety, AuditSnapshots.of(society));
            }
        }
        em.flush();
        records.write();
        return concluded;
    }
}
