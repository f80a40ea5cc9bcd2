package cn.jast.plan.web.database;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.migration.MigrationReport;
import cn.jast.plan.persistence.migration.SchemaMigrator;

/**
 * The plan's database, as the persistence unit {@code jastplan} expects it: the data source
 * {@code java:app/jdbc/jastplan}, and its schema brought up to date before anything uses it.
 *
 * <p>The database is the JDBC URL {@code jast.db.url}, a MicroProfile Config property, with
 * {@code jast.db.user} and {@code jast.db.password} ({@link JdbcUrlDataSource}). The default is
 * embedded Derby (its jars travel in WEB-INF/lib) in the directory {@code jast.db.dir}:
 * {@code ~/.jast-plan/db} unless set (see {@code META-INF/microprofile-config.properties}),
 * {@code memory:jastplan} for an in-memory database as the integration tests use. A Derby network
 * server or PostgreSQL is a matter of setting the URL (README, Configuration).
 *
 * <p>The migrations run once, at deployment, and manage their own transactions (hence bean-managed);
 * a migration that fails fails the deployment.
 */
@DataSourceDefinition(
        name = JastPersistence.JTA_DATA_SOURCE,
        className = "cn.jast.plan.web.database.JdbcUrlDataSource",
        properties = {"url=${MPCONFIG=jast.db.url}", "user=${MPCONFIG=jast.db.user}",
                "password=${MPCONFIG=jast.db.password}"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = JastPersistence.JTA_DATA_SOURCE)
    DataSource dataSource;

    private MigrationReport report;

    @PostConstruct
    void migrate() {
        report = new SchemaMigrator().migrate(dataSource);
        // Derby has created its directory by now (the migration connected): owner only, it holds the password hashes.
        DatabaseDirectory.restrict(ConfigProvider.getConfig().getOptionalValue("jast.db.url", String.class).orElse(null))
                .ifPresent(d -> LOG.info(() -> "Database directory " + d + " is readable by its owner only"));
        LOG.info(() -> "Database schema at version " + report.version() + " (" + report.dialect() + "), "
                + report.applied().size() + " migration(s) applied now");
    }

    /** What the start-up migration found and did. */
    public MigrationReport report() {
        return report;
    }
}
