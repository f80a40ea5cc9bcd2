package cn.jast.plan.persistence.kechuang;

import cn.jast.plan.domain.kechuang.KechuangEntry;
import cn.jast.plan.domain.kechuang.KechuangFlag;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The 科创江苏 list of each plan year and the flags of the applications that match it. */
public final class KechuangRepository {
    private final EntityManager em;

    public KechuangRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces the plan year's list with the imported one, whole. */
    public void replaceList(int planYear, List<KechuangEntry> entries, String importedBy, Instant at) {
        em.createQuery("DELETE FROM KechuangEntryRow e WHERE e.planYear = :y").setParameter("y", planYear)
                .executeUpdate();
        for (KechuangEntry e : entries) {
            em.persist(new KechuangEntryRow(planYear, e, importedBy, at));
        }
        em.flush();
    }

    /** The plan year's list in the file's order; empty when none was imported. */
    public List<KechuangEntry> list(int planYear) {
        return rows(planYear).stream().map(KechuangEntryRow::toDomain).toList();
    }

    public List<KechuangEntryRow> rows(int planYear) {
        return em.createQuery("SELECT e FROM KechuangEntryRow e WHERE e.planYear = :y ORDER BY e.listRow",
                KechuangEntryRow.class).setParameter("y", planYear).getResultList();
    }

    public void add(KechuangFlag flag) {
        em.persist(flag);
        em.flush();
    }

    public Optional<KechuangFlag> flag(String id) {
        return Optional.ofNullable(id == null ? null : em.find(KechuangFlag.class, id));
    }

    /** Every flag of the plan year, oldest first. */
    public List<KechuangFlag> flags(int planYear) {
        return em.createQuery("SELECT f FROM KechuangFlag f WHERE f.planYear = :y ORDER BY f.flaggedAt, f.id",
                KechuangFlag.class).setParameter("y", planYear).getResultList();
    }

    public List<KechuangFlag> flagsOf(String applicationId) {
        return em.createQuery("SELECT f FROM KechuangFlag f WHERE f.applicationId = :a ORDER BY f.flaggedAt, f.id",
                KechuangFlag.class).setParameter("a", applicationId).getResultList();
    }

    /** True while a flag of the application waits for the office's decision. */
    public boolean blocksReview(String applicationId) {
        return flagsOf(applicationId).stream().anyMatch(KechuangFlag::blocksReview);
    }

    /** The applications of the plan year with a flag that waits for the office's decision. */
    public Set<String> applicationsWaiting(int planYear) {
        return new TreeSet<>(em.createQuery("SELECT DISTINCT f.applicationId FROM KechuangFlag f"
                        + " WHERE f.planYear = :y AND f.state = :s", String.class)
                .setParameter("y", planYear).setParameter("s", KechuangFlag.State.OPEN).getResultList());
    }
}
