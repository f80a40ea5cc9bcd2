package cn.jast.plan.persistence.plan;

import cn.jast.plan.domain.plan.PlanFileException;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Own database: the plan year's row is global. */
class PlanYearRepositoryTest {
    static final Instant AT = Instant.parse("2021-05-01T00:00:00Z");
    @Database("plan-year")
    static TestDatabase db;

    static String bundledText() throws IOException {
        try (var in = PlanYear.class.getResourceAsStream("/plans/plan-2021.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_plan_year_file_survives_save_and_reload_and_reads_as_the_bundled_one() throws IOException {
        String text = bundledText();
        db.run(em -> new PlanYearRepository(em).store(text, "plan-2021.json", "office", AT));

        StoredPlanYear stored = db.tx(em -> new PlanYearRepository(em).findStored(2021).orElseThrow());
        Optional<PlanYear> loaded = db.tx(em -> new PlanYearRepository(em).find(2021));
        PlanYear bundled = PlanYears.bundled(2021).orElseThrow();

        assertThat(stored.json()).isEqualTo(text);
        assertThat(stored.sourceName()).isEqualTo("plan-2021.json");
        assertThat(stored.storedBy()).isEqualTo("office");
        assertThat(stored.storedAt()).isEqualTo(AT);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(loaded).hasValueSatisfying(p -> {
            assertThat(p.year()).isEqualTo(2021);
            assertThat(p.categories()).isEqualTo(bundled.categories());
            assertThat(p.window()).isEqualTo(bundled.window());
            assertThat(p.totalQuota()).isEqualTo(bundled.totalQuota());
        });
        java.util.List<Integer> years = db.tx(em -> new PlanYearRepository(em).years());
        assertThat(years).containsExactly(2021);
    }

    @Test
    void a_file_the_reader_refuses_is_not_stored() {
        assertThatThrownBy(() -> db.run(em -> new PlanYearRepository(em).store("{\"year\": 2030}", "bad.json", "office", AT)))
                .isInstanceOf(PlanFileException.class);
        Optional<StoredPlanYear> none = db.tx(em -> new PlanYearRepository(em).findStored(2030));
        assertThat(none).isEmpty();
    }

    @Test
    void a_corrected_file_replaces_the_stored_one_and_moves_the_version_on() throws IOException {
        String text = bundledText();
        db.run(em -> new PlanYearRepository(em).storeBundledIfAbsent(2021, "office", AT));
        long before = db.tx(em -> new PlanYearRepository(em).findStored(2021).orElseThrow().version());
        String corrected = text.replace("\"$comment\": \"", "\"$comment\": \"corrected. ");

        db.run(em -> new PlanYearRepository(em).store(corrected, "plan-2021-v2.json", "office", AT.plusSeconds(60)));

        StoredPlanYear stored = db.tx(em -> new PlanYearRepository(em).findStored(2021).orElseThrow());
        assertThat(stored.version()).isEqualTo(before + 1);
        assertThat(stored.sourceName()).isEqualTo("plan-2021-v2.json");
        assertThat(stored.json()).contains("corrected");
    }
}
