package cn.jast.plan.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Teaches the HTTP server the reason phrase of {@code 429 Too Many Requests} (RFC 6585), which the
 * login throttle answers. Servlet 6 has no way to set a reason phrase, and Grizzly (under Payara
 * 6.2025.10) writes {@code 429 CUSTOM} for a status it does not know. Its status table can only be
 * extended through a private method, so this does it by reflection at start-up; on a server without
 * Grizzly, or a Grizzly that knows 429, it does nothing.
 */
@WebListener
public class StandardReasonPhrases implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(StandardReasonPhrases.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Class<?> status = Class.forName("org.glassfish.grizzly.http.util.HttpStatus");
            Object known = status.getMethod("getHttpStatus", int.class).invoke(null, 429);
            if (!"CUSTOM".equals(status.getMethod("getReasonPhrase").invoke(known))) {
                return;
            }
            Method register = status.getDeclaredMethod("register", int.class, String.class);
            register.setAccessible(true);
            register.invoke(null, 429, "Too Many Requests");
        } catch (ClassNotFoundException notGrizzly) {
            LOG.fine("no Grizzly here: the server writes its own reason phrases");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot teach Grizzly the reason phrase of 429; it answers '429 CUSTOM'", e);
        }
    }
}
