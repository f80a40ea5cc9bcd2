package cn.jast.plan.web.database;

import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
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
 * <p>On a full application server the data source may instead be one of the server's JDBC
 * resources: the system property {@code jast.db.jndi} names it (e.g. {@code jdbc/jastplan},
 * docs/DEPLOY.md), and then both the migration here and the persistence unit
 * ({@code ServerDataSourceCustomizer}) use it; the data source defined here is then never opened.
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
    DataSource definedDataSource;

    private DataSource dataSource;
    private MigrationReport report;

    @PostConstruct
    void migrate() {
        dataSource = JastPersistence.serverDataSourceName().map(DatabaseStartup::lookup).orElse(definedDataSource);
        report = new SchemaMigrator().migrate(dataSource);
        // Derby has created its directory by now (the migration connected): owner only, it holds the password hashes.
        DatabaseDirectory.restrict(ConfigProvider.getConfig().getOptionalValue("jast.db.url", String.class).orElse(null))
                .ifPresent(d -> LOG.info(() -> "Database directory " + d + " is readable by its owner only"));
        LOG.info(() -> "Database schema at version " + report.version() + " (" + report.dialect() + "), "
                + report.applied().size() + " migration(s) applied now");
    }

    private static DataSource lookup(String name) {
        try {
            DataSource found = (DataSource) new InitialContext().lookup(name);
            LOG.info(() -> "Database: the server's JDBC resource " + name + " (jast.db.jndi)");
            return found;
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("jast.db.jndi names " + name
                    + ", which is not a data source of this server: create the JDBC resource first (docs/DEPLOY.md)", e);
        }
    }

    /** The data source the application uses: the server's {@code jast.db.jndi} resource, else its own. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** What the start-up migration found and did. */
    public MigrationReport report() {
        return report;
    }
}
