package cn.jast.plan.web.pages.probe;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/** The page tests' settings above the WAR's defaults: the session idle timeout. Registered by Deployments. */
public class PageSettings implements ConfigSource {
    /** 17 minutes: no default would give it, so a test that reads it back proves the setting is used. */
    public static final int IDLE_SECONDS = 17 * 60;
    private static final Map<String, String> VALUES = Map.of("jast.session.idle-timeout", "PT17M");

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "test: page settings";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
