package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.domain.review.ReviewerProfile;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Score sheets by criteria, reviewer profiles and allocation exceptions, saved and reloaded on Derby. */
class ReviewSheetsMappingTest {
    static final Instant AT = Instant.parse("2021-06-10T02:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    static Application application() {
        return Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
    }

    @Test
    void aSheetKeepsItsCriteriaBesideItsTotal() {
        Application app = application();
        String expert = "expert-" + UUID.randomUUID().toString().substring(0, 6);
        db.run(em -> new ReviewRepository(em).assign(new ExpertAssignment(app.id().value(), expert, AT)));
        Map<String, BigDecimal> criteria = Map.of("GOALS", new BigDecimal("8"), "FOUNDATION", new BigDecimal("9.5"),
                "FEASIBILITY", new BigDecimal("7"), "IMPACT", new BigDecimal("10"));
        db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), expert, new BigDecimal("85.25"),
                "好", AT), criteria));
        ExpertScoreRow row = db.tx(em -> new ReviewRepository(em).scoreRowsOf(app.id().value()).get(0));
        assertThat(row.toDomain().score()).isEqualByComparingTo("85.25");
        assertThat(row.criteria()).hasSize(4);
        assertThat(row.criteria().get("FOUNDATION")).isEqualByComparingTo("9.5");
        // an overall score has no criteria
        db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), expert, new BigDecimal("80"),
                null, AT.plusSeconds(5))));
        Map<String, BigDecimal> none = db.tx(em -> new ReviewRepository(em).scoreRowsOf(app.id().value()).get(0).criteria());
        assertThat(none).isEmpty();
    }

    @Test
    void aReviewerProfileKeepsSocietiesWorkUnitAndDeclinedApplications() {
        Application app = application();
        String expert = "expert-" + UUID.randomUUID().toString().substring(0, 6);
        db.run(em -> new ReviewRepository(em).recordProfile(new ReviewerProfile(expert, Set.of("S-0002", "S-0001"),
                "南京大学", Set.of("S-0009"), Set.of()), "office", AT));
        db.run(em -> {
            ReviewRepository r = new ReviewRepository(em);
            r.assign(new ExpertAssignment(app.id().value(), expert, AT));
            r.decline(app.id().value(), expert, "曾参与该项目策划", AT.plusSeconds(1));
        });
        ReviewerProfile p = db.tx(em -> new ReviewRepository(em).profileOf(expert));
        assertThat(p.societies()).containsExactlyInAnyOrder("S-0001", "S-0002");
        assertThat(p.workUnit()).isEqualTo("南京大学");
        assertThat(p.declaredSocieties()).containsExactly("S-0009");
        assertThat(p.declaredApplications()).containsExactly(app.id().value());
        assertThat(db.tx(em -> new ReviewRepository(em).profileOf("nobody")).societies()).isEmpty();
    }

    @Test
    void anExceptionIsRecordedOnce() {
        Application app = application();
        db.run(em -> new ReviewRepository(em).recordException(new ReviewExceptionRow(app.id().value(),
                "第三位专家回避，无替补", "office", AT)));
        ReviewExceptionRow row = db.tx(em -> new ReviewRepository(em).exceptionOf(app.id().value()).orElseThrow());
        assertThat(row.reason()).isEqualTo("第三位专家回避，无替补");
        assertThat(row.recordedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> db.run(em -> new ReviewRepository(em).recordException(new ReviewExceptionRow(
                app.id().value(), "again", "office", AT)))).isInstanceOf(PersistenceException.class);
    }
}
