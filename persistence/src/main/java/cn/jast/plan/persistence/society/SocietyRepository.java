package cn.jast.plan.persistence.society;

import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** The societies. Works inside the caller's transaction (JTA on the server, resource-local in SE). */
public final class SocietyRepository {
    private final EntityManager em;

    public SocietyRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds a new society; a code that exists already fails at once (flushed here, not at commit). */
    public void add(Society society) {
        em.persist(society);
        em.flush();
    }

    public Optional<Society> find(SocietyId id) {
        return Optional.ofNullable(em.find(Society.class, id.value()));
    }

    /**
     * The society, with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}):
     * whoever else asks for this lock waits. Submissions of one society take it, so that they are
     * checked against each other's outcome one at a time.
     */
    public Optional<Society> findAndLock(SocietyId id) {
        return Optional.ofNullable(em.find(Society.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Society> all() {
        return em.createQuery("SELECT s FROM Society s ORDER BY s.code", Society.class).getResultList();
    }
}
