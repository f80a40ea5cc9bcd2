package cn.jast.plan.web.publicity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.publicity.PublicityRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** One listed application as the public sees it. */
    public record Listing(Application application, String societyName) {
    }

    public PublicityNotice publish(int year, NoticeKind kind, String title) {
        access.require(Roles.OFFICE);
        if (kind != NoticeKind.APPROVAL_LIST) {
            throw Failures.invalid("kind", "only APPROVAL_LIST notices are published here");
        }
        PlanYear plan = plans.plan(year);
        List<Application> recommended = new ApplicationRepository(em).inState(year, ApplicationState.RECOMMENDED);
        if (recommended.isEmpty()) {
            throw Failures.conflict("No application of " + year + " is recommended; there is nothing to publish.");
        }
        Instant now = clock.instant();
        PublicityNotice notice;
        try {
            notice = PublicityNotice.publish(UUID.randomUUID().toString(), plan, kind, title,
                    recommended.stream().map(a -> a.id().value()).toList(), now);
        } catch (IllegalArgumentException e) {
            throw Failures.conflict("The notice cannot be published today: " + e.getMessage());
        }
        List<AuditRecord> records = new ArrayList<>();
        for (Application a : recommended) {
            String before = AuditSnapshots.of(a);
            a.publish();
            records.add(new AuditRecord(now, access.actor(), "application.publish", "Application", a.id().value(),
                    before, AuditSnapshots.of(a)));
        }
        new PublicityRepository(em).add(notice);
        em.flush();
        records.forEach(audit::append);
        audit.record(now, "notice.publish", "PublicityNotice", notice.id(), null,
                "{\"title\":" + jakarta.json.Json.createValue(title) + ",\"applications\":" + recommended.size() + "}");
        return notice;
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

    /** Anyone may object while the notice runs, to an application it lists. */
    public Objection object(String noticeId, String applicationId, String text, String contact) {
        PublicityNotice notice = notice(noticeId);
        Instant now = clock.instant();
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
        return objection;
    }

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
        AuditRecord applicationRecord = null;
        if (upheld) {
            Application a = em.find(Application.class, o.applicationId());
            String before = AuditSnapshots.of(a);
            a.rejectOnObjection(now);
            applicationRecord = new AuditRecord(now, access.actor(), "application.rejectOnObjection", "Application",
                    a.id().value(), before, AuditSnapshots.of(a));
        }
        em.flush();
        audit.record(now, upheld ? "objection.uphold" : "objection.dismiss",
                "Objection", o.id(), null, "{\"status\":\"" + o.status() + "\"}");
        if (applicationRecord != null) {
            audit.append(applicationRecord);
        }
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
        List<Application> approved = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
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
            records.add(new AuditRecord(now, access.actor(), "application.approve", "Application", id, before,
                    AuditSnapshots.of(a)));
        }
        em.flush();
        records.forEach(audit::append);
        return approved;
    }
}
