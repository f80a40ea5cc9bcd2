package cn.jast.plan.persistence;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run on when {@code jast.test.db=postgresql}: its URL, user and
 * password from {@code jast.test.postgres.url}, {@code .user} and {@code .password} (the {@code postgresql}
 * profile takes them from {@code JAST_TEST_POSTGRES_URL}, … which {@code .ci/postgres start} prints).
 * Each test database is a schema of its own, so tests never meet and nothing is left behind.
 */
final class PostgresServer {
    private PostgresServer() {
    }

    static PGSimpleDataSource dataSource() {
        String url = System.getProperty("jast.test.postgres.url", "");
        if (url.isBlank()) {
            throw new IllegalStateException("jast.test.db=postgresql needs jast.test.postgres.url"
                    + " (e.g. eval \"$(.ci/postgres start)\" and the postgresql profile)");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getProperty("jast.test.postgres.user"));
        ds.setPassword(System.getProperty("jast.test.postgres.password"));
        return ds;
    }

    /** A new, empty schema named after {@code name} (made safe as an identifier) and a random suffix. */
    static String createSchema(String name) {
        String schema = ("t_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8));
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static DataSource schemaDataSource(String schema) {
        PGSimpleDataSource ds = dataSource();
        ds.setCurrentSchema(schema);
        return ds;
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }
}
