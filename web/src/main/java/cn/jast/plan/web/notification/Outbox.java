package cn.jast.plan.web.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.notification.Notification;
import cn.jast.plan.persistence.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The sender's transactions, each its own ({@code REQUIRES_NEW}) and short: claim a batch with a lease
 * (committed before anything is sent), read a leased row, mark it sent or failed. Nothing is sent inside
 * a transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Outbox {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    MailSettings settings;

    /** What the sender needs of a leased row. */
    public record Mail(String id, String dedupKey, String address, String subject, String body) {
    }

    public List<String> claim(String worker, Instant now, int max) {
        return new NotificationRepository(em).claim(worker, now, settings.lease(), max);
    }

    public Optional<Mail> leased(String id, String worker, Instant now) {
        return new NotificationRepository(em).leased(id, worker, now)
                .map(n -> new Mail(n.id(), n.dedupKey(), n.address(), n.subject(), n.body()));
    }

    public void sent(String id, Instant at) {
        new NotificationRepository(em).find(id).ifPresent(n -> n.sent(at));
    }

    public void failed(String id, String error, Instant now) {
        new NotificationRepository(em).find(id).ifPresent(n -> n.attemptFailed(error,
                now.plus(settings.backOff(n.attempts() + 1)), settings.maxAttempts()));
    }

    public Optional<Notification.State> state(String id) {
        return new NotificationRepository(em).find(id).map(Notification::state);
    }
}
