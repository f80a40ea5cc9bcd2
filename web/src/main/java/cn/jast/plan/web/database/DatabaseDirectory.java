package cn.jast.plan.web.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The directory of an embedded Derby database holds every table, the password hashes included: it is
 * made readable by its owner only (mode 700), whatever the umask it was created under. Derby's
 * network server and PostgreSQL keep their own files; an in-memory database has none.
 */
public final class DatabaseDirectory {

    private DatabaseDirectory() {
    }

    /** The directory of an embedded Derby URL ({@code jdbc:derby:/path;create=true}), if it names one. */
    static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:derby:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:derby:".length());
        int attributes = name.indexOf(';');
        if (attributes >= 0) {
            name = name.substring(0, attributes);
        }
        if (name.isBlank() || name.startsWith("//") || name.startsWith("memory:") || name.startsWith("classpath:")
                || name.startsWith("jar:")) {
            return Optional.empty();
        }
        if (name.startsWith("directory:")) {
            name = name.substring("directory:".length());
        }
        return Optional.of(Path.of(name));
    }

    /** Sets mode 700 on the embedded database's directory; answers the directory it restricted. */
    public static Optional<Path> restrict(String jdbcUrl) {
        Optional<Path> dir = of(jdbcUrl).filter(Files::isDirectory);
        dir.ifPresent(d -> {
            if (Files.getFileAttributeView(d, PosixFileAttributeView.class) == null) {
                return; // not a POSIX file system: its own access control applies
            }
            try {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the database directory " + d + " private", e);
            }
        });
        return dir;
    }
}
