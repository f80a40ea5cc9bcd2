package cn.jast.plan.web.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A real embedded Derby database, created under a permissive umask, ends up readable by its owner only. */
class DatabaseDirectoryTest {

    @Test
    void theEmbeddedDatabaseDirectoryIsTheOwnersOnly(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("db");
        String url = "jdbc:derby:" + dir + ";create=true";
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE t (a INT)");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(DatabaseDirectory.restrict(url)).contains(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try {
            DriverManager.getConnection("jdbc:derby:" + dir + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception
        }
    }

    @Test
    void otherDatabasesHaveNoDirectoryOfOurs() {
        assertThat(DatabaseDirectory.of("jdbc:derby:memory:jastplan;create=true")).isEmpty();
        assertThat(DatabaseDirectory.of("jdbc:derby://db.example:1527/jastplan")).isEmpty();
        assertThat(DatabaseDirectory.of("jdbc:postgresql://db.example/jastplan")).isEmpty();
        assertThat(DatabaseDirectory.of("jdbc:derby:/var/lib/jast/db;create=true")).contains(Path.of("/var/lib/jast/db"));
    }
}
