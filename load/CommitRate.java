import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Issue #15 item 3: the durable commit rate of a database, a bare JDBC loop of one insert and one commit per
 * "submission" (a row about the size of a submitted application's: an id, a society, a fingerprint, an instant and
 * 4 kB of form), for at most N rows or S seconds, on THREADS connections (one per thread, as the server's pool does):
 *
 * <pre>
 *   java -cp DRIVER.jar load/CommitRate.java JDBC-URL USER PASSWORD N SECONDS [THREADS]
 * </pre>
 *
 * Prints "commits=C seconds=T rate=R/s".
 */
public final class CommitRate {
    public static void main(String[] a) throws Exception {
        String url = a[0];
        String user = a[1];
        String password = a[2];
        int n = Integer.parseInt(a[3]);
        long limit = Long.parseLong(a[4]) * 1_000_000_000L;
        int threads = a.length > 5 ? Integer.parseInt(a[5]) : 1;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try {
                s.execute("DROP TABLE commit_rate");
            } catch (SQLException e) {
                // not there yet
            }
            s.execute("CREATE TABLE commit_rate (id VARCHAR(36) PRIMARY KEY, society VARCHAR(64) NOT NULL,"
                    + " fingerprint VARCHAR(64) NOT NULL, submitted_at TIMESTAMP NOT NULL, form VARCHAR(8000) NOT NULL)");
        }
        String form = "x".repeat(4000);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            ts[t] = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                     PreparedStatement p = c.prepareStatement("INSERT INTO commit_rate VALUES (?, ?, ?, ?, ?)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() - t0 < limit && done.get() < n) {
                        p.setString(1, UUID.randomUUID().toString());
                        p.setString(2, "S-" + Thread.currentThread().getId());
                        p.setString(3, "ab".repeat(32));
                        p.setTimestamp(4, Timestamp.from(Instant.now()));
                        p.setString(5, form);
                        p.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("commits=%d seconds=%.1f threads=%d rate=%.1f/s%n", done.get(), seconds, threads, done.get() / seconds);
        if (url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://")) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException e) {
                // Derby answers a shutdown with an exception
            }
        }
    }
}
