package cn.jast.plan.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the migrations are written for; each has its own folder of scripts. */
public enum Dialect {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code db/migration/} that holds this dialect's scripts. */
    public String folder() {
        return folder;
    }

    /** The dialect of a live connection, from its database product name. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("derby")) {
            return DERBY;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new MigrationException("no migrations are written for database \"" + product
                + "\"; supported are Apache Derby and PostgreSQL");
    }
}
