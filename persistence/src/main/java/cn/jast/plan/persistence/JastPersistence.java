package cn.jast.plan.persistence;

import cn.jast.plan.persistence.migration.SchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names the server configuration and the web module need, and the Java SE way in (tests,
 * command-line tools): a data source, migrated, and an {@link EntityManagerFactory} of the
 * {@value #UNIT} unit overridden to resource-local transactions.
 *
 * <p>On the server: the web application defines the data source under {@value #JTA_DATA_SOURCE}
 * (embedded Derby in {@value #DB_DIR_PROPERTY}, or a pool of the server for PostgreSQL or a Derby
 * network server), runs {@link SchemaMigrator#migrate(DataSource)} once at start-up, and injects
 * {@code @PersistenceContext(unitName = "jastplan")}. On a full server, {@value #DB_JNDI_PROPERTY} may
 * name the server's own JDBC resource instead ({@link #serverDataSourceName()}).
 */
public final class JastPersistence {
    /** The persistence unit's name. */
    public static final String UNIT = "jastplan";
    /** The JNDI name of the data source the JTA unit uses; the web application defines it. */
    public static final String JTA_DATA_SOURCE = "java:app/jdbc/jastplan";
    /** System property / MicroProfile Config name of the embedded Derby database's directory. */
    public static final String DB_DIR_PROPERTY = "jast.db.dir";
    /** Environment variable read when the property is not set. */
    public static final String DB_DIR_ENV = "JAST_DB_DIR";
    /**
     * System property naming a JDBC resource of a full application server (e.g. {@code jdbc/jastplan})
     * that the application uses instead of the data source it defines itself; unset on Payara Micro.
     */
    public static final String DB_JNDI_PROPERTY = "jast.db.jndi";
    /** Environment variable read when {@value #DB_JNDI_PROPERTY} is not set. */
    public static final String DB_JNDI_ENV = "JAST_DB_JNDI";

    private JastPersistence() {
    }

    /**
     * Where the embedded database lives: the {@value #DB_DIR_PROPERTY} system property, else the
     * {@value #DB_DIR_ENV} environment variable, else {@code ~/.jast-plan/db} — outside the work
     * tree, so that a rebuild or a fresh clone does not touch the data.
     */
    public static Path dataDirectory() {
        String dir = System.getProperty(DB_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(DB_DIR_ENV);
        }
        if (dir == null || dir.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".jast-plan", "db");
        }
        return Path.of(dir);
    }

    /**
     * The server's JDBC resource the application uses, if {@value #DB_JNDI_PROPERTY} (system
     * property) or {@value #DB_JNDI_ENV} (environment) names one; empty: the application's own data
     * source {@value #JTA_DATA_SOURCE}. Read from the JVM, not from MicroProfile Config, because the
     * persistence unit (a library of the EAR) reads it too, before any application code runs.
     */
    public static Optional<String> serverDataSourceName() {
        String name = System.getProperty(DB_JNDI_PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(DB_JNDI_ENV);
        }
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** An embedded Derby data source on {@code directory}, creating the database there if it is not there yet. */
    public static DataSource embeddedDerby(Path directory) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(directory.toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** Shuts an embedded Derby database down cleanly (checkpoint, files closed). */
    public static void shutdownEmbeddedDerby(Path directory) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(directory.toAbsolutePath().toString());
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a successful shutdown as SQLState 08006; anything else is worth telling.
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby database " + directory + " did not shut down: "
                        + e.getMessage(), e);
            }
        }
    }

    /** The overrides that turn the JTA unit into a resource-local one over {@code dataSource}. */
    public static Map<String, Object> resourceLocalProperties(DataSource dataSource) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.nonJtaDataSource", dataSource);
        p.put("eclipselink.logging.level", System.getProperty("eclipselink.logging.level", "WARNING"));
        return p;
    }

    /** Migrates the database of {@code dataSource} to the latest schema and opens the unit over it (Java SE). */
    public static EntityManagerFactory open(DataSource dataSource) {
        new SchemaMigrator().migrate(dataSource);
        return Persistence.createEntityManagerFactory(UNIT, resourceLocalProperties(dataSource));
    }
}
