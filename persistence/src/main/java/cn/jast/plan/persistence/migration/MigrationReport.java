package cn.jast.plan.persistence.migration;

import java.util.List;

/** What a migration run found and did: the dialect, the version the schema is at now, the migrations it applied. */
public record MigrationReport(Dialect dialect, int version, List<Migration> applied) {
}
