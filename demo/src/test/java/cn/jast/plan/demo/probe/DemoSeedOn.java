package cn.jast.plan.demo.probe;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the demo seeding on in a test deployment, above the WAR's {@code microprofile-config.properties}
 * (ordinal 100) and below system properties (400). Registered as a service by {@code Deployments}.
 */
public class DemoSeedOn implements ConfigSource {
    private static final Map<String, String> VALUES = Map.of("jast.demo.seed", "true");

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
        return "test: demo seeding on";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
