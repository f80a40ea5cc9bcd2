package cn.jast.plan.persistence.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log: append and read, never update or delete. Appends happen in the caller's
 * transaction, so an entry is committed exactly when the change it records is.
 *
 * <p>An append locks the chain head row until the transaction ends; take it last in a
 * transaction (after the plan-year and society locks of a submission) so that locks are always
 * taken in one order.
 */
public final class AuditLog {
    private static final int PAGE = 500;
    private static final String READ_ONLY = "eclipselink.read-only";

    private final EntityManager em;

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Appends an entry linked to the last one. */
    public AuditEntry append(AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain head row is missing; has the schema been migrated?");
        }
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, record, head.lastHash());
        em.persist(entry);
        head.advance(entry);
        em.flush();
        return entry;
    }

    /**
     * Appends entries linked one to the next after the last one, in their order, under one lock of the chain head
     * and with one flush: the same chain as {@link #append} one by one, without a flush per entry (a flush compares
     * every object the persistence context holds, so one per entry of a step that changed thousands of
     * applications, such as an allocation, grew with the square of their number).
     */
    public List<AuditEntry> appendAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain head row is missing; has the schema been migrated?");
        }
        List<AuditEntry> entries = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            AuditEntry entry = new AuditEntry(head.lastSeq() + 1, record, head.lastHash());
            em.persist(entry);
            head.advance(entry);
            entries.add(entry);
        }
        em.flush();
        return entries;
    }

    /** Entries about one target, oldest first. */
    public List<AuditEntry> ofTarget(String targetType, String targetId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.targetType = :t AND e.targetId = :i ORDER BY e.seq",
                        AuditEntry.class).setParameter("t", targetType).setParameter("i", targetId)
                .setHint(READ_ONLY, "true").getResultList();
    }

    /**
     * The latest instant at which anyone but {@code actor} wrote an entry (the entries' own instants,
     * not their order), or empty when nobody else has. A demo clock resumes after it: every entry a
     * person or the application itself wrote was dated by the clock, while {@code actor}'s (a seeded
     * history) may be dated ahead of it.
     */
    public Optional<Instant> latestInstantExcept(String actor) {
        return Optional.ofNullable(em.createQuery(
                "SELECT MAX(e.at) FROM AuditEntry e WHERE e.actor <> :a", Instant.class)
                .setParameter("a", actor).getSingleResult());
    }

    /**
     * The latest instant at which anyone but {@code actor} wrote an entry after the last entry of the action
     * {@code marker} (after every entry where there is none), or empty. A seeded history that acts as the
     * application's own users, dated ahead of the clock, ends with such a marker; what was written after it
     * was dated by the clock.
     */
    public Optional<Instant> latestInstantSince(String marker, String actor) {
        return Optional.ofNullable(em.createQuery(
                "SELECT MAX(e.at) FROM AuditEntry e WHERE e.actor <> :a AND NOT EXISTS"
                        + " (SELECT m FROM AuditEntry m WHERE m.action = :m AND m.seq >= e.seq)", Instant.class)
                .setParameter("a", actor).setParameter("m", marker).getSingleResult());
    }

    /** Up to {@code max} entries after sequence number {@code afterSeq}, in order. */
    public List<AuditEntry> after(long afterSeq, int max) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq > :s ORDER BY e.seq", AuditEntry.class)
                .setParameter("s", afterSeq).setMaxResults(max).setHint(READ_ONLY, "true").getResultList();
    }

    /**
     * One page of the entries the query selects, newest first, read in the database ({@code first} entries
     * skipped, at most {@code max} returned).
     */
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("first must be at least 0 and max at least 1, not " + first + ", " + max);
        }
        var q = em.createQuery("SELECT e FROM AuditEntry e" + where(query) + " ORDER BY e.seq DESC", AuditEntry.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(max).setHint(READ_ONLY, "true").getResultList();
    }

    /** How many entries the query selects. */
    public long count(AuditQuery query) {
        var q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** The newest entry (the one the chain head names), if any. */
    public Optional<AuditEntry> last() {
        return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.seq DESC", AuditEntry.class).setMaxResults(1)
                .setHint(READ_ONLY, "true").getResultList().stream().findFirst();
    }

    /** The links of the entries {@code fromSeq} to {@code toSeq} (inclusive), in order, without their content. */
    public List<AuditLink> links(long fromSeq, long toSeq) {
        return em.createQuery("SELECT e.seq, e.previousHash, e.hash FROM AuditEntry e WHERE e.seq >= :a AND e.seq <= :b"
                        + " ORDER BY e.seq", Object[].class).setParameter("a", fromSeq).setParameter("b", toSeq)
                .getResultList().stream()
                .map(r -> new AuditLink(((Number) r[0]).longValue(), ((String) r[1]).trim(), ((String) r[2]).trim()))
                .toList();
    }

    /** Where the chain ends as its head row says: the last sequence number and hash (0 and the genesis hash when empty). */
    public AuditLink head() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            throw new IllegalStateException("the audit chain head row is missing; has the schema been migrated?");
        }
        return new AuditLink(head.lastSeq(), null, head.lastHash());
    }

    private static String where(AuditQuery query) {
        List<String> terms = new java.util.ArrayList<>();
        if (query.actor() != null) {
            terms.add("e.actor = :actor");
        }
        if (query.actionPrefix() != null) {
            // a prefix compared as text (no LIKE: "_" and "%" of a typed prefix are letters, not wildcards)
            terms.add("LOCATE(:action, e.action) = 1");
        }
        if (query.targetType() != null) {
            terms.add("e.targetType = :targetType");
        }
        if (query.targetId() != null) {
            terms.add("e.targetId = :targetId");
        }
        // occurred_at is fixed-width UTC text (InstantConverter), so text order is time order
        if (query.from() != null) {
            terms.add("e.at >= :from");
        }
        if (query.until() != null) {
            terms.add("e.at < :until");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static void bind(jakarta.persistence.Query q, AuditQuery query) {
        if (query.actor() != null) {
            q.setParameter("actor", query.actor());
        }
        if (query.actionPrefix() != null) {
            q.setParameter("action", query.actionPrefix());
        }
        if (query.targetType() != null) {
            q.setParameter("targetType", query.targetType());
        }
        if (query.targetId() != null) {
            q.setParameter("targetId", query.targetId());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.until() != null) {
            q.setParameter("until", query.until());
        }
    }

    /**
     * Walks the whole chain from the first entry and reports the first broken link: a missing
     * entry, an entry whose previous-hash is not its predecessor's hash, an entry whose content no
     * longer gives its hash, or entries cut off the end (the head says there were more).
     */
    public AuditVerification verify() {
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = after(expected - 1, PAGE);
            for (AuditEntry e : page) {
                checked++;
                if (e.seq() != expected) {
                    return AuditVerification.broken(checked, expected, "entry " + expected + " is missing (the next"
                            + " entry is " + e.seq() + "): entries were deleted");
                }
                if (!e.previousHash().equals(previous)) {
                    return AuditVerification.broken(checked, e.seq(), "its previous-hash " + e.previousHash()
                            + " is not the hash of entry " + (expected - 1) + " (" + previous
                            + "): that entry or this link was changed");
                }
                if (!e.computeHash().equals(e.hash())) {
                    return AuditVerification.broken(checked, e.seq(), "its content does not give its hash: the"
                            + " entry was changed after it was written");
                }
                previous = e.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long last = expected - 1;
        if (head == null) {
            return AuditVerification.broken(checked, last + 1, "the chain head row is missing");
        }
        if (head.lastSeq() > last) {
            return AuditVerification.broken(checked, last + 1, "entries " + (last + 1) + " to " + head.lastSeq()
                    + " are missing from the end of the log");
        }
        if (head.lastSeq() != last || !head.lastHash().equals(previous)) {
            return AuditVerification.broken(checked, last, "the chain head (entry " + head.lastSeq()
                    + ") does not match the last entry: the head or the last entry was changed");
        }
        return AuditVerification.ok(checked);
    }
}
