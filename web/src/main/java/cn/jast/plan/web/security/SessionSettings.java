package cn.jast.plan.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The pages' sessions, from configuration: the idle timeout ({@value #IDLE_TIMEOUT}, an ISO-8601
 * duration, default {@value #DEFAULT_IDLE_TIMEOUT}) and the session cookie: {@code HttpOnly},
 * {@code SameSite=Lax}, and {@code Secure} when {@value #SECURE_COOKIE} is true (set it behind a
 * proxy that ends HTTPS, where the server itself only sees plain HTTP). The REST API never creates
 * a session ({@link PathAuthenticationMechanism}).
 */
@WebListener
public class SessionSettings implements ServletContextListener, HttpSessionListener {
    static final String IDLE_TIMEOUT = "jast.session.idle-timeout";
    static final String DEFAULT_IDLE_TIMEOUT = "PT30M";
    static final String SECURE_COOKIE = "jast.session.secure-cookie";

    private volatile int idleSeconds = (int) Duration.parse(DEFAULT_IDLE_TIMEOUT).toSeconds();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        String idle = config.getOptionalValue(IDLE_TIMEOUT, String.class).orElse(DEFAULT_IDLE_TIMEOUT).strip();
        try {
            Duration d = Duration.parse(idle);
            if (d.isNegative() || d.isZero() || d.toSeconds() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(IDLE_TIMEOUT + " must be a positive duration, not " + idle);
            }
            idleSeconds = (int) d.toSeconds();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(IDLE_TIMEOUT + " is not an ISO-8601 duration such as PT30M: " + idle, e);
        }
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (config.getOptionalValue(SECURE_COOKIE, Boolean.class).orElse(false)) {
            cookie.setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
    }
}
