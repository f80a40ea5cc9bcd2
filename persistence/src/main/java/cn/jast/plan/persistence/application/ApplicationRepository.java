package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.society.SocietyId;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The applications. Works inside the caller's transaction. */
public final class ApplicationRepository {
    /** The states in which an application counts against the LIMIT rules. */
    public static final List<ApplicationState> LIVE = Arrays.stream(ApplicationState.values())
            .filter(ApplicationState::countsAgainstLimits).toList();

    private final EntityManager em;

    public ApplicationRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Application application) {
        em.persist(application);
        em.flush();
    }

    public Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(em.find(Application.class, id.value()));
    }

    /** A society's applications of a plan year, oldest first. */
    public List<Application> ofSociety(SocietyId society, int planYear) {
        return em.createQuery("SELECT a FROM Application a WHERE a.societyCode = :s AND a.planYear = :y"
                        + " ORDER BY a.createdAt, a.id", Application.class)
                .setParameter("s", society.value()).setParameter("y", planYear).getResultList();
    }

    /** A society's applications of a plan year that count against the limits, leaving out one (the one being checked). */
    public List<Application> liveOfSociety(SocietyId society, int planYear, ApplicationId except) {
        return em.createQuery("SELECT a FROM Application a WHERE a.societyCode = :s AND a.planYear = :y"
                        + " AND a.id <> :except AND a.state IN :live ORDER BY a.submittedAt, a.id", Application.class)
                .setParameter("s", society.value()).setParameter("y", planYear)
                .setParameter("except", except.value()).setParameter("live", LIVE).getResultList();
    }

    /** Other societies' live applications of a plan year in the given categories (LIMIT-4 reads their events). */
    public List<Application> liveOfOtherSocieties(SocietyId society, int planYear, Collection<String> categories) {
        if (categories.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Application a WHERE a.societyCode <> :s AND a.planYear = :y"
                        + " AND a.category IN :c AND a.state IN :live ORDER BY a.id", Application.class)
                .setParameter("s", society.value()).setParameter("y", planYear)
                .setParameter("c", categories).setParameter("live", LIVE).getResultList();
    }

    public List<Application> inState(int planYear, ApplicationState state) {
        return em.createQuery("SELECT a FROM Application a WHERE a.planYear = :y AND a.state = :st"
                        + " ORDER BY a.submittedAt, a.id", Application.class)
                .setParameter("y", planYear).setParameter("st", state).getResultList();
    }

    public List<Application> ofPlanYear(int planYear) {
        return em.createQuery("SELECT a FROM Application a WHERE a.planYear = :y ORDER BY a.societyCode, a.createdAt,"
                + " a.id", Application.class).setParameter("y", planYear).getResultList();
    }

    /** How many applications of a plan year there are per category, sub-project and state, counted by the database. */
    public record Count(String category, String subProject, ApplicationState state, long count) {
    }

    /** The applications of a plan year counted per category, sub-project and state; no application is loaded. */
    public List<Count> countsOfPlanYear(int planYear) {
        return em.createQuery("SELECT a.category, a.subProject, a.state, COUNT(a) FROM Application a WHERE a.planYear = :y"
                        + " GROUP BY a.category, a.subProject, a.state", Object[].class).setParameter("y", planYear)
                .getResultList().stream()
                .map(r -> new Count((String) r[0], (String) r[1], (ApplicationState) r[2], ((Number) r[3]).longValue()))
                .toList();
    }
}
