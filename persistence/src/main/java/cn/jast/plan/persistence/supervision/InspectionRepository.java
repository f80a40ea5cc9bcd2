package cn.jast.plan.persistence.supervision;

import cn.jast.plan.domain.supervision.Inspection;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Inspections of projects; written once, read by project. */
public final class InspectionRepository {
    private final EntityManager em;

    public InspectionRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Inspection inspection) {
        em.persist(new InspectionRow(inspection));
        em.flush();
    }

    public List<Inspection> of(String applicationId) {
        return em.createQuery("SELECT i FROM InspectionRow i WHERE i.applicationId = :a ORDER BY i.inspectedAt, i.id",
                InspectionRow.class).setParameter("a", applicationId).getResultList().stream()
                .map(InspectionRow::toDomain).toList();
    }
}
