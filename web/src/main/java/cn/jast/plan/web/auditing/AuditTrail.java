package cn.jast.plan.web.auditing;

import java.time.Instant;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.web.access.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one writer of the hash-chained audit log for the application services: every entry names the
 * acting user ({@link Access#actor()}) and joins the caller's transaction, so that it is written
 * exactly when the change it records is. As the persistence module asks, append it after the change,
 * last in the unit of work.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    /**
     * Records that the acting user did {@code action} to an entity at {@code at}.
     *
     * @param before the entity's snapshot before (null for a creation), as {@code AuditSnapshots} writes it
     * @param after  its snapshot after, or a small JSON document of what was done
     */
    public void record(Instant at, String action, String entityType, String entityId, String before, String after) {
        append(new AuditRecord(at, access.actor(), action, entityType, entityId, before, after));
    }

    /** Appends a record built by the caller (who names its actor). */
    public void append(AuditRecord record) {
        new AuditLog(em).append(record);
    }
}
