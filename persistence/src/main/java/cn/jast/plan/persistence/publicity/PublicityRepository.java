package cn.jast.plan.persistence.publicity;

import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Public notices and the objections raised against them. */
public final class PublicityRepository {
    private final EntityManager em;

    public PublicityRepository(EntityManager em) {
        this.em = em;
    }

    public void add(PublicityNotice notice) {
        em.persist(notice);
        em.flush();
    }

    public Optional<PublicityNotice> find(String noticeId) {
        return Optional.ofNullable(em.find(PublicityNotice.class, noticeId));
    }

    public List<PublicityNotice> ofPlanYear(int planYear, NoticeKind kind) {
        return em.createQuery("SELECT n FROM PublicityNotice n WHERE n.planYear = :y AND n.kind = :k"
                + " ORDER BY n.publishedAt, n.id", PublicityNotice.class).setParameter("y", planYear)
                .setParameter("k", kind).getResultList();
    }

    /** The notices that list an application. */
    public List<PublicityNotice> listing(String applicationId) {
        return em.createQuery("SELECT DISTINCT n FROM PublicityNotice n JOIN n.applicationIds a WHERE a = :a",
                PublicityNotice.class).setParameter("a", applicationId).getResultList();
    }

    public void add(Objection objection) {
        em.persist(objection);
        em.flush();
    }

    public Optional<Objection> findObjection(String objectionId) {
        return Optional.ofNullable(em.find(Objection.class, objectionId));
    }

    public List<Objection> objectionsTo(String noticeId) {
        return em.createQuery("SELECT o FROM Objection o WHERE o.noticeId = :n ORDER BY o.raisedAt, o.id",
                Objection.class).setParameter("n", noticeId).getResultList();
    }

    public List<Objection> objectionsAgainst(String applicationId) {
        return em.createQuery("SELECT o FROM Objection o WHERE o.applicationId = :a ORDER BY o.raisedAt, o.id",
                Objection.class).setParameter("a", applicationId).getResultList();
    }

    /** True while an objection against the application is not decided (approval must wait, IV.2). */
    public boolean hasOpenObjection(String applicationId) {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.applicationId = :a AND o.status = :s",
                        Long.class).setParameter("a", applicationId).setParameter("s", Objection.Status.OPEN)
                .getSingleResult() > 0;
    }
}
