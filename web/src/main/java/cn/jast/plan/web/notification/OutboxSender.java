package cn.jast.plan.web.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The worker that delivers the outbox: every {@code jast.mail.poll} it claims the due rows with a lease
 * (committed first), sends each by SMTP (Jakarta Mail, {@link MailSettings}) outside any transaction, then
 * marks it SENT, or counts the failed attempt with exponential back-off, FAILED after the last. It also
 * runs the reminders ({@link ReminderService}) on the application's clock.
 *
 * <p>What a crash does. Between the event and the sending: nothing is lost, the row was committed with
 * the event and stays PENDING (or leased until its lease runs out) until a sender takes it. After the SMTP
 * server took a message but before the row is marked SENT: the row's lease runs out and it is sent once
 * more; the message carries the same {@code Message-ID} (derived from the dedup key), so the receiving
 * side can tell the copy. Exactly once is not possible over SMTP; at most one duplicate per such crash,
 * recognisable by its Message-ID, is what this gives. Without {@code jast.mail.host} nothing is sent and
 * the rows stay PENDING, shown in the pages.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    ReminderService reminders;

    @Inject
    Clock clock;

    private final String worker = "sender-" + UUID.randomUUID();
    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long ms = Math.max(settings.poll().toMillis(), 200);
        task = executor.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Notification sender " + worker + " every " + ms + " ms; mail "
                + (settings.enabled() ? "to " + settings.session().getProperty("mail.smtp.host") + ":"
                + settings.session().getProperty("mail.smtp.port") : "off (no jast.mail.host)"));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            reminders.remind(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder run failed; the next tick tries again", e);
        }
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification delivery failed; the next tick tries again", e);
        }
    }

    /** One round: claims a batch and sends it; answers how many were sent. */
    public int deliver() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        for (String id : outbox.claim(worker, Instant.now(), BATCH)) {
            var mail = outbox.leased(id, worker, Instant.now());
            if (mail.isEmpty()) {
                continue;
            }
            try {
                send(mail.get());
            } catch (MessagingException | RuntimeException e) {
                outbox.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now());
                continue;
            }
            outbox.sent(id, Instant.now());
            sent++;
        }
        return sent;
    }

    private void send(Outbox.Mail mail) throws MessagingException {
        Session session = Session.getInstance(settings.session());
        String messageId = "<" + sha256(mail.dedupKey()) + "@jast-plan.notification>";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.address(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.body(), StandardCharsets.UTF_8.name());
        m.setHeader("X-JAST-Notification", mail.id());
        if (settings.user().isPresent()) {
            Transport.send(m, settings.user().get(), settings.password());
        } else {
            Transport.send(m);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
