package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The saved versions of applications ({@link ApplicationRevision}): {@link #record} after the draft is
 * created and after every revision, in the same transaction, so that no saved content is lost.
 */
public final class ApplicationRevisions {
    private final EntityManager em;

    public ApplicationRevisions(EntityManager em) {
        this.em = em;
    }

    /** Keeps the application's present content as its next revision; answers its number. */
    public ApplicationRevision record(Application application, Instant savedAt, String savedBy) {
        Integer last = em.createQuery("SELECT MAX(r.revision) FROM ApplicationRevision r WHERE r.applicationId = :a",
                Integer.class).setParameter("a", application.id().value()).getSingleResult();
        ApplicationRevision r = new ApplicationRevision(application.id().value(), last == null ? 1 : last + 1, savedAt,
                savedBy, application.content());
        em.persist(r);
        return r;
    }

    /** Every saved version of an application, oldest first. */
    public List<ApplicationRevision> of(ApplicationId id) {
        return em.createQuery("SELECT r FROM ApplicationRevision r WHERE r.applicationId = :a ORDER BY r.revision",
                ApplicationRevision.class).setParameter("a", id.value()).getResultList();
    }

    public Optional<ApplicationRevision> find(ApplicationId id, int revision) {
        return Optional.ofNullable(em.find(ApplicationRevision.class, id.value() + "#" + revision));
    }
}
