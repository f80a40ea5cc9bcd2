package cn.jast.plan.persistence.migration;

/** A row of {@code schema_version}: a migration that was applied, with the checksum of its script then. */
public record AppliedMigration(int version, String description, String script, String checksum, String installedBy,
                               String installedAt, int executionMillis) {
}
