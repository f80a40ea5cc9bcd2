package cn.jast.plan.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification to one account: shown in the account's pages and, where the account has an e-mail
 * address, mailed by the sender. It is written in the transaction of the event that causes it (the
 * outbox), so it exists exactly when the event does; its {@code dedupKey} (unique) makes queuing the
 * same event or the same reminder twice a no-op.
 *
 * <p>Delivery: {@code PENDING} until sent ({@code SENT}) or given up after the sender's last attempt
 * ({@code FAILED}). A sender leases a row ({@code leaseUntil}, {@code leasedBy}) while it sends it, so two
 * senders never send one row at once, and a sender that died mid-send leaves a lease that runs out.
 * {@code createdAt} is the event's instant on the application's clock; {@code nextAttemptAt},
 * {@code leaseUntil} and {@code sentAt} are the sender's, on the machine's clock.
 *
 * <p>A persistence class: the domain has no notion of who is told what.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Where a notification's delivery stands. */
    public enum State { PENDING, SENT, FAILED }

    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "dedup_key", nullable = false, length = 400, unique = true)
    private String dedupKey;
    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;
    @Column(name = "address", length = 320)
    private String address;
    @Column(name = "language", nullable = false, length = 8)
    private String language;
    @Column(name = "kind", nullable = false, length = 32)
    private String kind;
    @Column(name = "subject", nullable = false, length = 500)
    private String subject;
    @Column(name = "body", nullable = false, length = 8000)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "leased_by", length = 128)
    private String leasedBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error", length = 2000)
    private String lastError;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /**
     * A new notification, due for sending at {@code dueAt}. Without an address it is shown in the pages
     * only: it is FAILED at once with the reason, so the office sees that it was not mailed.
     */
    public Notification(String dedupKey, String recipient, String address, String language, String kind,
                        String subject, String body, Instant createdAt, Instant dueAt) {
        this.id = UUID.randomUUID().toString();
        this.dedupKey = requireText(dedupKey, "dedupKey", 400);
        this.recipient = requireText(recipient, "recipient", 64);
        this.address = address == null || address.isBlank() ? null : requireText(address, "address", 320);
        this.language = requireText(language, "language", 8);
        this.kind = requireText(kind, "kind", 32);
        this.subject = requireText(subject, "subject", 500);
        this.body = requireText(body, "body", 8000);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = State.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(dueAt, "dueAt");
        if (this.address == null) {
            this.state = State.FAILED;
            this.nextAttemptAt = null;
            this.lastError = "no e-mail address on the account " + recipient;
        }
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }

    /** Sent: the SMTP server took the message. */
    public void sent(Instant at) {
        state = State.SENT;
        sentAt = at;
        attempts++;
        leaseUntil = null;
        leasedBy = null;
        lastError = null;
        nextAttemptAt = null;
    }

    /**
     * An attempt failed: tried again at {@code retryAt}, or FAILED when this was the last of
     * {@code maxAttempts}.
     */
    public void attemptFailed(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        leaseUntil = null;
        leasedBy = null;
        lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        if (attempts >= maxAttempts) {
            state = State.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /**
     * The office sends it again: a new PENDING attempt of this row (the same dedup key and Message-ID),
     * to the account's address now, its attempts counted anew.
     */
    public void resend(String currentAddress, Instant dueAt) {
        address = currentAddress == null || currentAddress.isBlank() ? null : currentAddress;
        attempts = 0;
        leaseUntil = null;
        leasedBy = null;
        if (address == null) {
            state = State.FAILED;
            nextAttemptAt = null;
            lastError = "no e-mail address on the account " + recipient;
        } else {
            state = State.PENDING;
            nextAttemptAt = dueAt;
            lastError = null;
        }
    }

    /** The recipient read it in the pages (the first reading counts). */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public String recipient() {
        return recipient;
    }

    public String address() {
        return address;
    }

    public String language() {
        return language;
    }

    public String kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String leasedBy() {
        return leasedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
