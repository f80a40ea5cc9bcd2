package cn.jast.plan.persistence.migration;

import cn.jast.plan.persistence.support.InstantConverter;
import cn.jast.plan.persistence.support.Sha256;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a database to the schema version this code needs by applying the versioned SQL scripts
 * under {@code db/migration/<dialect>/} in order, each in its own transaction, and recording each
 * in {@code schema_version} with the SHA-256 of its text. It never drops what is there: next
 * year's release adds a script, and this year's data stays.
 *
 * <p>Why not Flyway: Flyway 10 and later need Jackson in the application (a clash risk inside
 * Payara, which has its own), support Derby only through a separately released module, and find
 * scripts by scanning the class path, which behaves differently inside application-server
 * archives. The scripts follow Flyway's naming ({@code V2__what.sql}), so a later switch is a
 * baseline away. The list of scripts is {@value #INDEX}, read as a resource, so nothing is scanned.
 *
 * <p>Safety: a script that was changed after it was applied (checksum differs) and a database
 * newer than this code are refused before anything runs; two instances starting at once
 * serialise on a table lock of {@code schema_version}, and the second finds the work done.
 */
public final class SchemaMigrator {
    /** The resource that lists the migrations, one file name a line, in order. */
    public static final String INDEX = "db/migration/versions.txt";
    public static final String HISTORY_TABLE = "schema_version";

    private final ClassLoader loader;
    private final Clock clock;

    public SchemaMigrator() {
        this(SchemaMigrator.class.getClassLoader(), Clock.systemUTC());
    }

    public SchemaMigrator(ClassLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** Every migration this code knows, in version order. */
    public List<Migration> migrations() {
        String index = resource(INDEX);
        List<Migration> list = new ArrayList<>();
        int last = 0;
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Migration m = Migration.ofFileName(name);
            if (m.version() != last + 1) {
                throw new MigrationException(INDEX + " lists V" + m.version() + " after V" + last
                        + "; versions must run 1, 2, 3 ... without gaps");
            }
            last = m.version();
            list.add(m);
        }
        return List.copyOf(list);
    }

    /** The newest version this code knows. */
    public int latestVersion() {
        List<Migration> all = migrations();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /** The script text of a migration for a dialect. */
    public String scriptText(Dialect dialect, Migration m) {
        return resource("db/migration/" + dialect.folder() + "/" + m.script());
    }

    /** SHA-256 of a script, line ends normalised so that a checkout on Windows gives the same sum. */
    public static String checksum(String scriptText) {
        return Sha256.hex(scriptText.replace("\r\n", "\n"));
    }

    /** Migrates to the latest version with a connection of the data source. */
    public MigrationReport migrate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return migrate(c);
        } catch (SQLException e) {
            throw new MigrationException("cannot connect to the database to migrate it: " + e.getMessage(), e);
        }
    }

    public MigrationReport migrate(Connection connection) {
        return migrateTo(connection, latestVersion());
    }

    /**
     * Applies the migrations up to and including {@code target} that are not applied yet. The
     * connection's auto-commit setting is restored afterwards.
     */
    public MigrationReport migrateTo(Connection connection, int target) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                return doMigrate(connection, target);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException("migration failed: " + e.getMessage(), e);
        }
    }

    private MigrationReport doMigrate(Connection c, int target) throws SQLException {
        Dialect dialect = Dialect.of(c);
        List<Migration> known = migrations();
        if (target < 0 || target > latestVersion()) {
            throw new IllegalArgumentException("no migration V" + target + "; latest is V" + latestVersion());
        }
        ensureHistoryTable(c);
        c.setAutoCommit(false);
        verify(dialect, known, applied(c));
        c.commit();
        List<Migration> ran = new ArrayList<>();
        for (Migration m : known) {
            if (m.version() > target) {
                break;
            }
            String text = scriptText(dialect, m);
            try (Statement lock = c.createStatement()) {
                // Serialises concurrent migrators until this migration commits.
                lock.execute("LOCK TABLE " + HISTORY_TABLE + " IN EXCLUSIVE MODE");
            }
            Map<Integer, AppliedMigration> now = applied(c);
            if (now.containsKey(m.version())) {
                c.commit();
                continue;
            }
            long start = System.nanoTime();
            List<String> statements = SqlScript.statements(text);
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                } catch (SQLException e) {
                    c.rollback();
                    throw new MigrationException("migration V" + m.version() + " (" + m.script() + ", " + dialect
                            + ") failed at statement " + (i + 1) + " of " + statements.size() + " [" + firstLine(sql)
                            + "]: " + e.getMessage() + "; nothing of it was applied", e);
                }
            }
            int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (version, description, script, checksum, installed_by, installed_at, execution_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setInt(1, m.version());
                p.setString(2, m.description());
                p.setString(3, m.script());
                p.setString(4, checksum(text));
                p.setString(5, truncate(c.getMetaData().getUserName(), 128));
                p.setString(6, InstantConverter.format(clock.instant()));
                p.setInt(7, millis);
                p.executeUpdate();
            }
            c.commit();
            ran.add(m);
        }
        Map<Integer, AppliedMigration> after = applied(c);
        c.commit();
        int version = after.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new MigrationReport(dialect, version, List.copyOf(ran));
    }

    /** Refuses a database that is newer than this code or whose applied scripts were changed since. */
    private void verify(Dialect dialect, List<Migration> known, Map<Integer, AppliedMigration> applied) {
        for (AppliedMigration a : applied.values()) {
            if (a.version() > known.size()) {
                throw new MigrationException("the database schema is at V" + a.version() + " (" + a.description()
                        + "), newer than this application knows (V" + known.size()
                        + "); run the newer release or restore a backup");
            }
            Migration m = known.get(a.version() - 1);
            String sum = checksum(scriptText(dialect, m));
            if (!sum.equals(a.checksum())) {
                throw new MigrationException("migration V" + a.version() + " (" + m.script() + ") was changed after"
                        + " it was applied: checksum in schema_version " + a.checksum() + ", of the script now "
                        + sum + "; add a new migration instead of editing an applied one");
            }
        }
    }

    /** The migrations recorded in the database, by version; empty when there is no history table. */
    public Map<Integer, AppliedMigration> applied(Connection c) throws SQLException {
        Map<Integer, AppliedMigration> applied = new TreeMap<>();
        if (!historyTableExists(c)) {
            return applied;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, script, checksum, installed_by,"
                     + " installed_at, execution_ms FROM " + HISTORY_TABLE + " ORDER BY version")) {
            while (rs.next()) {
                AppliedMigration a = new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).trim(), rs.getString(5), rs.getString(6), rs.getInt(7));
                applied.put(a.version(), a);
            }
        }
        return applied;
    }

    private void ensureHistoryTable(Connection c) throws SQLException {
        if (historyTableExists(c)) {
            return;
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + HISTORY_TABLE + " ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "script VARCHAR(200) NOT NULL, "
                    + "checksum CHAR(64) NOT NULL, "
                    + "installed_by VARCHAR(128), "
                    + "installed_at VARCHAR(30) NOT NULL, "
                    + "execution_ms INTEGER NOT NULL)");
        } catch (SQLException e) {
            // Another instance may have created it a moment ago; anything else is a real failure.
            if (!historyTableExists(c)) {
                throw e;
            }
        }
    }

    private static boolean historyTableExists(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        for (String name : new String[]{HISTORY_TABLE.toUpperCase(java.util.Locale.ROOT), HISTORY_TABLE}) {
            try (ResultSet rs = md.getTables(null, schema, name, new String[]{"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private String resource(String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new MigrationException("migration resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " ...";
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
