package cn.jast.plan.web.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes (MicroProfile Config, README "Mail"): {@code jast.mail.host} (none: mail is off, the
 * notifications stay PENDING and are shown in the pages), {@code jast.mail.port} (25), {@code jast.mail.from},
 * {@code jast.mail.user} and {@code jast.mail.password} (SMTP AUTH when a user is set),
 * {@code jast.mail.starttls} (false); how the sender works: {@code jast.mail.poll} (how often it looks for due
 * rows), {@code jast.mail.retry} (the first back-off, doubled each attempt), {@code jast.mail.max-attempts},
 * {@code jast.mail.lease}.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "jast.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "jast.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "jast.mail.from", defaultValue = "jast-plan@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "jast.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "jast.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "jast.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "jast.mail.poll", defaultValue = "PT10S")
    String poll;

    @Inject
    @ConfigProperty(name = "jast.mail.retry", defaultValue = "PT30S")
    String retry;

    @Inject
    @ConfigProperty(name = "jast.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "jast.mail.lease", defaultValue = "PT2M")
    String lease;

    /** False when no host is configured: nothing is sent. */
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    Properties session() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.orElse("").strip());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        return p;
    }

    Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    String password() {
        return password.orElse("");
    }

    String from() {
        return from;
    }

    Duration poll() {
        return Duration.parse(poll);
    }

    /** The wait after the n-th failed attempt (1-based): retry, 2 retry, 4 retry, ... at most a day. */
    Duration backOff(int attempts) {
        Duration d = Duration.parse(retry).multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration lease() {
        return Duration.parse(lease);
    }
}
