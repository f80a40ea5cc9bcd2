package cn.jast.plan.persistence.migration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlScriptTest {
    private final SchemaMigrator migrator = new SchemaMigrator();

    @Test
    void statements_are_split_at_semicolons_outside_strings_comments_and_dollar_bodies() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (a VARCHAR(10)); /* block; comment */
                INSERT INTO t VALUES ('it''s; fine');
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'no; never';
                END
                $$;
                SELECT "odd;name" FROM t
                """;
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE t (a VARCHAR(10))",
                "INSERT INTO t VALUES ('it''s; fine')",
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'no; never';\nEND\n$$",
                "SELECT \"odd;name\" FROM t");
    }

    @Test
    void an_unterminated_string_is_an_error() {
        assertThatThrownBy(() -> SqlScript.statements("INSERT INTO t VALUES ('oops);"))
                .isInstanceOf(MigrationException.class);
    }

    @Test
    void migration_file_names_carry_version_and_description() {
        Migration m = Migration.ofFileName("V12__audit_log_indexes.sql");
        assertThat(m.version()).isEqualTo(12);
        assertThat(m.description()).isEqualTo("audit log indexes");
        assertThatThrownBy(() -> Migration.ofFileName("V1_missing_underscore.sql")).isInstanceOf(MigrationException.class);
    }

    /** Both dialects have every listed script, nothing unlisted, and create the same tables and columns. */
    @Test
    void the_derby_and_postgresql_scripts_describe_the_same_schema() throws IOException {
        Path root = Path.of("src/main/resources/db/migration");
        Set<String> listed = migrator.migrations().stream().map(Migration::script).collect(Collectors.toSet());
        for (Dialect d : Dialect.values()) {
            try (Stream<Path> files = Files.list(root.resolve(d.folder()))) {
                assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                        .as(d.folder()).isEqualTo(listed);
            }
        }
        assertThat(columns(migrator.scriptText(Dialect.DERBY, migrator.migrations().get(0))))
                .contains("society.code", "audit_log.previous_hash", "application.content").hasSizeGreaterThan(100);
        for (Migration m : migrator.migrations()) {
            assertThat(columns(migrator.scriptText(Dialect.POSTGRESQL, m)))
                    .as(m.script())
                    .isEqualTo(columns(migrator.scriptText(Dialect.DERBY, m)));
        }
    }

    /** "table.column" for every column of every CREATE TABLE in a script. */
    private static Set<String> columns(String script) {
        Set<String> out = new TreeSet<>();
        Pattern create = Pattern.compile("CREATE TABLE (\\w+) \\((.*)\\)", Pattern.DOTALL);
        for (String statement : SqlScript.statements(script)) {
            Matcher m = create.matcher(statement);
            if (!m.matches()) {
                continue;
            }
            for (String line : m.group(2).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("CONSTRAINT") || l.startsWith("REFERENCES")) {
                    continue;
                }
                out.add(m.group(1) + "." + l.split("\\s+")[0].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
