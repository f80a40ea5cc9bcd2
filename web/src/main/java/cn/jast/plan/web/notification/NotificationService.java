package cn.jast.plan.web.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.notification.Notification;
import cn.jast.plan.persistence.notification.NotificationRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A user's notifications (each sees only their own, marks them read) and the office's view of the outbox
 * (what was sent, to whom, when, what failed; resend), and where an account's mail goes.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** The most notifications one list shows. */
    public static final int PAGE = 200;

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A notification as the pages and the REST API show it (a read model, not the row). */
    public record View(String id, String recipient, String address, String kind, String subject, String body,
                       Instant createdAt, String state, int attempts, Instant sentAt, String lastError,
                       boolean unread) {
        static View of(Notification n) {
            return new View(n.id(), n.recipient(), n.address(), n.kind(), n.subject(), n.body(), n.createdAt(),
                    n.state().name(), n.attempts(), n.sentAt(), n.lastError(), n.unread());
        }
    }

    /** The caller's notifications, newest first. */
    public List<View> mine() {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        return new NotificationRepository(em).of(access.actor(), PAGE).stream().map(View::of).toList();
    }

    public long unread() {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        return new NotificationRepository(em).unreadOf(access.actor());
    }

    /** Marks one of the caller's notifications read; 404 for another's. */
    public View markRead(String id) {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        Notification n = new NotificationRepository(em).find(id).filter(x -> x.recipient().equals(access.actor()))
                .orElseThrow(() -> Failures.notFound("notification " + id));
        n.markRead(clock.instant());
        return View.of(n);
    }

    /**
     * The outbox for the office, newest first, of one state or all.
     *
     * @param state PENDING, SENT or FAILED; null or blank for all (400 naming {@code state} otherwise)
     */
    public List<View> outbox(String state, int first) {
        access.require(Roles.OFFICE);
        return new NotificationRepository(em).all(state(state), Math.max(first, 0), PAGE).stream().map(View::of).toList();
    }

    public long count(String state) {
        access.require(Roles.OFFICE);
        return new NotificationRepository(em).count(state(state));
    }

    private static Notification.State state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return Notification.State.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("state", "must be PENDING, SENT or FAILED, not " + state);
        }
    }

    /** The office sends a notification again: a new PENDING attempt of the same row, to the account's address now. */
    public View resend(String id) {
        access.require(Roles.OFFICE);
        Notification n = new NotificationRepository(em).find(id).orElseThrow(() -> Failures.notFound("notification " + id));
        String address = new AccountRepository(em).find(n.recipient()).map(UserAccount::email).orElse(null);
        n.resend(address, Instant.now());
        audit.record(clock.instant(), "notification.resend", "Notification", n.id(), null,
                "{\"recipient\":\"" + n.recipient() + "\"}");
        return View.of(n);
    }

    /** Where the caller's notifications are mailed (null: nowhere, the pages only) and in which language. */
    public record Contact(String username, String email, String language) {
    }

    /** The caller's own address and language, as {@link #contact} sets them. */
    public Contact myContact() {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        return contactOf(access.actor());
    }

    /** An account's address and language: the office for any account, a user for their own. */
    public Contact contactOf(String username) {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        if (!access.user().isOffice() && !access.actor().equals(username)) {
            throw Failures.forbidden("Only the office reads another account's address.");
        }
        UserAccount u = new AccountRepository(em).find(username).orElseThrow(() -> Failures.notFound("account " + username));
        return new Contact(u.username(), u.email(), u.language());
    }

    /** The caller sets where their own notifications are mailed and in which language ({@link #contact}). */
    public void changeMyContact(String email, String language) {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        contact(access.actor(), email, language);
    }

    /** Where an account's notifications are mailed and in which language: the office for any account, a user for their own. */
    public void contact(String username, String email, String language) {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        if (!access.user().isOffice() && !access.actor().equals(username)) {
            throw Failures.forbidden("Only the office changes another account's address.");
        }
        UserAccount u = new AccountRepository(em).find(username)
                .orElseThrow(() -> Failures.notFound("account " + username));
        try {
            u.changeContact(email, language == null || language.isBlank() ? null : language.strip());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw Failures.invalid(colon > 0 ? message.substring(0, colon) : "email",
                    colon > 0 ? message.substring(colon + 1).strip() : message);
        }
        audit.record(clock.instant(), "account.contact", "UserAccount", username, null, null);
    }
}
