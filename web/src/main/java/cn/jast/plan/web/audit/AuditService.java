package cn.jast.plan.web.audit;

import java.util.List;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The hash-chained audit log, for the office: the latest entries, and a walk of the whole chain. */
@ApplicationScoped
@Transactional
public class AuditService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        access.require(Roles.OFFICE);
        return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.seq DESC", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    public AuditVerification verify() {
        access.require(Roles.OFFICE);
        return new AuditLog(em).verify();
    }
}
