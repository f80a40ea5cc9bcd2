package cn.jast.plan.web.notification.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The notification ITs' mail settings above the WAR's defaults: the GreenMail server the test starts on
 * 127.0.0.1 (its port travels in the archive as {@value #RESOURCE}), a quick poll and a short back-off.
 */
public class MailProbeSettings implements ConfigSource {
    public static final String RESOURCE = "cn/jast/plan/web/notification/probe/smtp-port.txt";

    private final Map<String, String> values;

    public MailProbeSettings() {
        String port;
        try (InputStream in = MailProbeSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            port = in == null ? "3025" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        values = Map.of("jast.mail.host", "127.0.0.1", "jast.mail.port", port, "jast.mail.from", "jast-plan@jast.test",
                "jast.mail.poll", "PT0.5S", "jast.mail.retry", "PT1S", "jast.mail.max-attempts", "12",
                "jast.mail.lease", "PT30S");
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "test: mail to GreenMail";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
