package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.review.AllocationOutcome;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outcomes of allocation within the quotas: the latest allocation of each plan year. */
public final class AllocationRepository {
    private final EntityManager em;

    public AllocationRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces the plan year's outcomes by those of a new allocation, keeping their order. */
    public void replace(int planYear, List<AllocationOutcome> outcomes, Instant at) {
        // Removed one by one (not a bulk DELETE) so that the persistence context knows they are gone.
        for (AllocationOutcomeRow old : em.createQuery("SELECT o FROM AllocationOutcomeRow o WHERE o.planYear = :y",
                AllocationOutcomeRow.class).setParameter("y", planYear).getResultList()) {
            em.remove(old);
        }
        em.flush();
        int order = 0;
        for (AllocationOutcome o : outcomes) {
            em.persist(new AllocationOutcomeRow(planYear, order++, o, at));
        }
        em.flush();
    }

    /**
     * Replaces the outcomes of the given quota groups only (and any earlier outcome of an application allocated
     * now); the other groups' outcomes stay as an earlier round stored them. The new outcomes follow the kept
     * ones in the list order.
     */
    public void replaceGroups(int planYear, java.util.Set<String> quotaGroups, List<AllocationOutcome> outcomes,
                              Instant at) {
        java.util.Set<String> allocatedNow = new java.util.HashSet<>();
        outcomes.forEach(o -> allocatedNow.add(o.applicationId()));
        int order = 0;
        for (AllocationOutcomeRow old : em.createQuery("SELECT o FROM AllocationOutcomeRow o WHERE o.planYear = :y",
                AllocationOutcomeRow.class).setParameter("y", planYear).getResultList()) {
            AllocationOutcome kept = old.toDomain();
            if (quotaGroups.contains(kept.quotaGroup()) || allocatedNow.contains(kept.applicationId())) {
                em.remove(old);
            } else {
                order = Math.max(order, old.listOrder() + 1);
            }
        }
        em.flush();
        for (AllocationOutcome o : outcomes) {
            em.persist(new AllocationOutcomeRow(planYear, order++, o, at));
        }
        em.flush();
    }

    /** The outcomes of the plan year, in the order the allocation gave them (by quota group, by rank). */
    public List<AllocationOutcome> ofPlanYear(int planYear) {
        return em.createQuery("SELECT o FROM AllocationOutcomeRow o WHERE o.planYear = :y ORDER BY o.listOrder",
                AllocationOutcomeRow.class).setParameter("y", planYear).getResultList().stream()
                .map(AllocationOutcomeRow::toDomain).toList();
    }

    public Optional<AllocationOutcome> of(String applicationId) {
        return Optional.ofNullable(em.find(AllocationOutcomeRow.class, applicationId))
                .map(AllocationOutcomeRow::toDomain);
    }
}
