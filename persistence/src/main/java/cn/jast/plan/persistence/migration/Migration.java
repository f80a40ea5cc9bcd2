package cn.jast.plan.persistence.migration;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration, named like Flyway's: {@code V<version>__<description>.sql}. The same
 * file name exists once per dialect.
 */
public record Migration(int version, String description, String script) {
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }

    /** Reads the version and description from a file name such as {@code V2__paper_copy_receipts.sql}. */
    public static Migration ofFileName(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("migration file name \"" + fileName
                    + "\" is not of the form V<version>__<description>.sql");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName);
    }
}
