package cn.jast.plan.web.health;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import cn.jast.plan.web.database.DatabaseStartup;
/**
 * Readiness ({@code /health/ready}): the database answers and its schema is the one the code expects.
 * An instance whose database is gone stops getting traffic but is not restarted (that is liveness).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseStartup database;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("jast-plan-database");
        try (Connection connection = database.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", database.report().version())
                    .build();
        } catch (SQLException | RuntimeException e) {
            // The reason goes to the log through the pool; the health answer stays terse.
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
