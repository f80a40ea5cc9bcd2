package cn.jast.plan.persistence.notification;

import cn.jast.plan.persistence.support.InstantConverter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox: queue a notification once per dedup key, claim the due ones for sending with a lease,
 * and read them for the pages.
 */
public final class NotificationRepository {
    private final EntityManager em;

    public NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues the notification in the caller's transaction unless one with its dedup key exists; answers
     * whether it was queued. The key's unique constraint guards the race of two transactions queuing the
     * same key at once: the second fails at commit instead of queuing it twice.
     */
    public boolean queue(Notification n) {
        if (findByKey(n.dedupKey()).isPresent()) {
            return false;
        }
        em.persist(n);
        em.flush();
        return true;
    }

    public Optional<Notification> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Notification.class, id));
    }

    /** The de-duplication keys that start with {@code prefix}, in one read (a reminder run's "queued already"). */
    public Set<String> keysStartingWith(String prefix) {
        String like = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new HashSet<>(em.createQuery("SELECT n.dedupKey FROM Notification n WHERE n.dedupKey LIKE :p"
                + " ESCAPE '!'", String.class).setParameter("p", like).getResultList());
    }

    public Optional<Notification> findByKey(String dedupKey) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.dedupKey = :k", Notification.class)
                .setParameter("k", dedupKey).getResultStream().findFirst();
    }

    /**
     * Leases up to {@code max} due notifications to {@code worker} until {@code now + lease}: PENDING, due,
     * and not leased or with a lease run out. Each row is taken by one conditional UPDATE, so of two
     * workers claiming at once only one gets it. Answers the ids it got; commit before sending.
     */
    public List<String> claim(String worker, Instant now, Duration lease, int max) {
        String at = InstantConverter.format(now);
        @SuppressWarnings("unchecked")
        List<Object> due = em.createNativeQuery("SELECT id FROM notification WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                        + " ORDER BY next_attempt_at, id")
                .setParameter(1, at).setParameter(2, at).setMaxResults(max).getResultList();
        String until = InstantConverter.format(now.plus(lease));
        List<String> claimed = new ArrayList<>();
        for (Object id : due) {
            int n = em.createNativeQuery("UPDATE notification SET lease_until = ?, leased_by = ?"
                            + " WHERE id = ? AND state = 'PENDING' AND next_attempt_at <= ?"
                            + " AND (lease_until IS NULL OR lease_until < ?)")
                    .setParameter(1, until).setParameter(2, worker).setParameter(3, id.toString())
                    .setParameter(4, at).setParameter(5, at).executeUpdate();
            if (n == 1) {
                claimed.add(id.toString());
            }
        }
        return claimed;
    }

    /** The notification if {@code worker} still holds its lease at {@code now} (it may send it). */
    public Optional<Notification> leased(String id, String worker, Instant now) {
        return find(id).filter(n -> n.state() == Notification.State.PENDING && worker.equals(n.leasedBy())
                && n.leaseUntil() != null && now.isBefore(n.leaseUntil()));
    }

    /** An account's notifications, newest first. */
    public List<Notification> of(String recipient, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :r ORDER BY n.createdAt DESC, n.id",
                Notification.class).setParameter("r", recipient).setMaxResults(max).getResultList();
    }

    public long unreadOf(String recipient) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r AND n.readAt IS NULL",
                Long.class).setParameter("r", recipient).getSingleResult();
    }

    /** Every notification, newest first, optionally of one state, paged. */
    public List<Notification> all(Notification.State state, int first, int max) {
        TypedQuery<Notification> q = em.createQuery("SELECT n FROM Notification n"
                + (state == null ? "" : " WHERE n.state = :s") + " ORDER BY n.createdAt DESC, n.id", Notification.class);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Notification.State state) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(n) FROM Notification n"
                + (state == null ? "" : " WHERE n.state = :s"), Long.class);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.getSingleResult();
    }
}
