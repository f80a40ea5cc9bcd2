package cn.jast.plan.persistence;

import cn.jast.plan.persistence.migration.Dialect;
import cn.jast.plan.persistence.support.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Assumptions;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real database of its own, migrated, with the unit opened over it: by default an embedded Derby
 * database in its own directory under target/; with {@code -Djast.test.db=postgresql} a schema of its
 * own on the PostgreSQL server of {@code jast.test.postgres.url} (dropped by {@link #close()}), so that
 * the same tests run on both dialects (the {@code postgresql} profile of this module does that).
 * Tests get one through {@link Database @Database} (made and dropped by {@link DatabaseExtension});
 * only a database reopened from files a test left ({@link #reopen}) is made by hand.
 */
public final class TestDatabase implements AutoCloseable {
    /** The system property that chooses the backend: {@code derby} (default) or {@code postgresql}. */
    public static final String BACKEND_PROPERTY = "jast.test.db";

    private final Path directory;
    private final String schema;
    private final DataSource dataSource;
    private EntityManagerFactory emf;

    private TestDatabase(Path directory) {
        this.directory = directory;
        this.schema = null;
        this.dataSource = JastPersistence.embeddedDerby(directory);
    }

    private TestDatabase(String schema) {
        this.directory = null;
        this.schema = schema;
        this.dataSource = PostgresServer.schemaDataSource(schema);
    }

    /** The dialect of the databases this test run makes. */
    public static Dialect dialect() {
        String backend = System.getProperty(BACKEND_PROPERTY, "derby").trim();
        return switch (backend) {
            case "", "derby" -> Dialect.DERBY;
            case "postgresql" -> Dialect.POSTGRESQL;
            default -> throw new IllegalStateException(BACKEND_PROPERTY + " must be derby or postgresql, not " + backend);
        };
    }

    /** Skips the calling test unless this run is on embedded Derby (crash tests, database files). */
    public static void assumeDerby() {
        Assumptions.assumeTrue(dialect() == Dialect.DERBY, "needs embedded Derby's files");
    }

    private static TestDatabase create(String name) {
        return dialect() == Dialect.POSTGRESQL
                ? new TestDatabase(PostgresServer.createSchema(name))
                : new TestDatabase(newDirectory(name));
    }

    public static Path newDirectory(String name) {
        Path root = Path.of(System.getProperty("jast.test.dbRoot", "target/test-databases"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    }

    private static Path template;

    /**
     * A new database at the latest version, the unit open. The first one is made by the
     * migrations and shut down cleanly as a template; later ones are copies of its files (a
     * cleanly shut down Derby database is a set of files), which saves the seconds that creating
     * a Derby database and running the migrations with forced writes take each time.
     */
    static TestDatabase migrated(String name) {
        if (dialect() == Dialect.POSTGRESQL) {
            TestDatabase db = create(name);
            db.open();
            return db;
        }
        Path dir = newDirectory(name);
        copyTree(template(), dir);
        TestDatabase db = new TestDatabase(dir);
        db.emf = JastPersistence.open(db.dataSource);
        return db;
    }

    private static synchronized Path template() {
        if (template == null) {
            Path dir = newDirectory("template");
            new cn.jast.plan.persistence.migration.SchemaMigrator().migrate(JastPersistence.embeddedDerby(dir));
            JastPersistence.shutdownEmbeddedDerby(dir);
            template = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return template;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the template database", e);
        }
    }

    private static TestDatabase shared;

    /**
     * The database the mapping tests share (one per test JVM, shut down when the JVM ends): each
     * test makes its own societies and applications with unique ids, so they do not meet.
     */
    static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = migrated("shared");
            TestDatabase db = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return shared;
    }

    /** A new empty database, not migrated, the unit not open. */
    static TestDatabase empty(String name) {
        return create(name);
    }

    /** An existing embedded Derby directory (e.g. after a crash), migrated and opened. */
    public static TestDatabase reopen(Path directory) {
        assumeDerby();
        TestDatabase db = new TestDatabase(directory);
        db.emf = JastPersistence.open(db.dataSource);
        return db;
    }

    public void open() {
        if (emf == null) {
            emf = JastPersistence.open(dataSource);
        }
    }

    /** The embedded Derby directory; there is none on PostgreSQL. */
    public Path directory() {
        if (directory == null) {
            throw new IllegalStateException("a PostgreSQL test database has no directory");
        }
        return directory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public <T> T tx(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf, work);
    }

    public void run(Consumer<EntityManager> work) {
        Transactions.run(emf, work);
    }

    /** Closes the unit and shuts the database down cleanly; keeps the files (Derby) or the schema. */
    public void shutdown() {
        if (emf != null) {
            emf.close();
            emf = null;
        }
        if (directory != null) {
            JastPersistence.shutdownEmbeddedDerby(directory);
        }
    }

    @Override
    public void close() {
        shutdown();
        if (directory != null) {
            deleteTree(directory);
        } else {
            PostgresServer.dropSchema(schema);
        }
    }

    static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left for mvn clean.
        }
    }
}
