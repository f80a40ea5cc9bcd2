package cn.jast.plan.web.auditing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.web.access.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one writer of the hash-chained audit log in the web module (an ArchUnit rule keeps every other
 * class from building an {@link AuditRecord}): every entry names the acting user ({@link Access#actor()})
 * and joins the caller's transaction, so that it is written exactly when the change it records is. As
 * the persistence module asks, append it after the change, last in the unit of work. The instant is the
 * caller's: the one its change was made at, read once from the application's clock.
 *
 * <p>A step that changes several things at once gathers their entries in a {@link Batch} while it makes
 * the changes (each entry's snapshots taken then) and writes them, in that order, once it has flushed.
 */
@ApplicationScoped
public class AuditTrail {
    /** The actor of the entries that start-up itself writes (the first office account). */
    public static final String SETUP = "setup";
    /** The actor of the entries the application writes of its own accord (the demo clock's reading at a stop). */
    public static final String SYSTEM = "system";

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

    /**
     * Records what the application did with no user acting ({@link #SETUP}, {@link #SYSTEM}): at start-up or
     * shut-down, where there is no request and so no acting user.
     */
    public void recordAs(String actor, Instant at, String action, String entityType, String entityId, String before,
                         String after) {
        append(new AuditRecord(at, actor, action, entityType, entityId, before, after));
    }

    /** A batch of entries by the acting user at {@code at}, written by {@link Batch#write()}. */
    public Batch batch(Instant at) {
        return new Batch(at, access.actor());
    }

    private void append(AuditRecord record) {
        new AuditLog(em).append(record);
    }

    /** Entries of one step, kept in the order they were added until {@link #write()}. */
    public final class Batch {
        private final Instant at;
        private final String actor;
        private final List<AuditRecord> records = new ArrayList<>();

        private Batch(Instant at, String actor) {
            this.at = at;
            this.actor = actor;
        }

        /** The instant of every entry of this batch: the step's. */
        public Instant at() {
            return at;
        }

        /** Adds an entry (see {@link AuditTrail#record}); its snapshots are taken by the caller now. */
        public Batch add(String action, String entityType, String entityId, String before, String after) {
            records.add(new AuditRecord(at, actor, action, entityType, entityId, before, after));
            return this;
        }

        /** Appends every entry added so far, in order, with one flush, and empties the batch. */
        public void write() {
            new AuditLog(em).appendAll(List.copyOf(records));
            records.clear();
        }
    }
}
