package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.domain.review.ScoredApplication;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewMappingTest {
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

    static String expert() {
        return "expert-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void assignments_and_scores_survive_save_and_reload() {
        Application app = application();
        String e1 = expert();
        String e2 = expert();
        db.run(em -> {
            ReviewRepository r = new ReviewRepository(em);
            r.assign(new ExpertAssignment(app.id().value(), e1, AT));
            r.assign(new ExpertAssignment(app.id().value(), e2, AT.plusSeconds(1)));
        });
        ExpertScore s1 = new ExpertScore(app.id().value(), e1, new BigDecimal("87.50"), "扎实可行", AT.plusSeconds(60));
        ExpertScore s2 = new ExpertScore(app.id().value(), e2, new BigDecimal("90.25"), null, AT.plusSeconds(61));
        db.run(em -> {
            new ReviewRepository(em).score(s1);
            new ReviewRepository(em).score(s2);
        });

        List<ExpertAssignment> assigned = db.tx(em -> new ReviewRepository(em).assignedTo(e1));
        List<ExpertScore> scores = db.tx(em -> new ReviewRepository(em).scoresOf(app.id().value()));

        assertThat(assigned).containsExactly(new ExpertAssignment(app.id().value(), e1, AT));
        assertThat(scores).containsExactlyInAnyOrder(s1, s2);
        assertThat(ExpertScore.mean(scores)).isEqualByComparingTo("88.875");
    }

    @Test
    void the_sheets_and_exceptions_of_a_years_applications_in_one_state_are_read_at_once_as_one_by_one() {
        Application scored = application();
        Application excepted = application();
        Application withdrawn = application();
        String e1 = expert();
        String e2 = expert();
        db.run(em -> {
            ReviewRepository r = new ReviewRepository(em);
            for (Application a : List.of(scored, withdrawn)) {
                r.assign(new ExpertAssignment(a.id().value(), e1, AT));
                r.assign(new ExpertAssignment(a.id().value(), e2, AT));
                r.score(new ExpertScore(a.id().value(), e2, new BigDecimal("81.5"), null, AT.plusSeconds(2)));
                r.score(new ExpertScore(a.id().value(), e1, new BigDecimal("77"), "可行", AT.plusSeconds(1)));
            }
            r.recordException(new ReviewExceptionRow(excepted.id().value(), "专家不足，经办公室同意", "office", AT));
            r.recordException(new ReviewExceptionRow(withdrawn.id().value(), "另案", "office", AT));
        });
        db.run(em -> em.find(Application.class, withdrawn.id().value()).withdraw(AT.plusSeconds(3)));

        Map<String, List<ExpertScore>> scores = db.tx(em -> new ReviewRepository(em)
                .scoresOfApplicationsIn(plan.year(), ApplicationState.DRAFT));
        Map<String, ReviewExceptionRow> exceptions = db.tx(em -> new ReviewRepository(em)
                .exceptionsOfApplicationsIn(plan.year(), ApplicationState.DRAFT));

        List<ExpertScore> oneByOne = db.tx(em -> new ReviewRepository(em).scoresOf(scored.id().value()));
        assertThat(scores.get(scored.id().value())).hasSize(2).isEqualTo(oneByOne);
        assertThat(scores).doesNotContainKeys(excepted.id().value(), withdrawn.id().value());
        assertThat(exceptions.get(excepted.id().value()).reason()).isEqualTo("专家不足，经办公室同意");
        assertThat(exceptions).doesNotContainKeys(scored.id().value(), withdrawn.id().value());
    }

    @Test
    void an_expert_is_assigned_once_and_scores_once_per_application() {
        Application app = application();
        String e = expert();
        db.run(em -> new ReviewRepository(em).assign(new ExpertAssignment(app.id().value(), e, AT)));
        assertThatThrownBy(() -> db.run(em -> new ReviewRepository(em).assign(new ExpertAssignment(app.id().value(), e,
                AT.plusSeconds(5))))).isInstanceOf(PersistenceException.class);

        db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), e, new BigDecimal("70"), null, AT)));
        db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), e, new BigDecimal("75"), "复核后",
                AT.plusSeconds(9))));

        List<ExpertScore> scores = db.tx(em -> new ReviewRepository(em).scoresOf(app.id().value()));
        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualByComparingTo("75");
            assertThat(s.comment()).isEqualTo("复核后");
        });
        long version = db.tx(em -> new ReviewRepository(em).scoreRow(app.id().value(), e).orElseThrow().version());
        assertThat(version).isEqualTo(2);
    }

    @Test
    void only_an_assigned_expert_who_did_not_decline_may_score() {
        Application app = application();
        String assigned = expert();
        String stranger = expert();
        db.run(em -> new ReviewRepository(em).assign(new ExpertAssignment(app.id().value(), assigned, AT)));

        assertThatThrownBy(() -> db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), stranger,
                BigDecimal.TEN, null, AT)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("not assigned");

        db.run(em -> new ReviewRepository(em).decline(app.id().value(), assigned, "本单位专家，回避", AT));
        ExpertAssignmentRow row = db.tx(em -> new ReviewRepository(em).assignment(app.id().value(), assigned).orElseThrow());
        assertThat(row.declined()).isTrue();
        assertThat(row.declineReason()).isEqualTo("本单位专家，回避");
        assertThat(row.declinedAt()).isEqualTo(AT);
        List<ExpertAssignment> visible = db.tx(em -> new ReviewRepository(em).assignedTo(assigned));
        assertThat(visible).isEmpty();
        assertThatThrownBy(() -> db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), assigned,
                BigDecimal.TEN, null, AT)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("declined");
    }

    @Test
    void two_revisions_of_one_score_at_once_cannot_both_win() {
        Application app = application();
        String e = expert();
        db.run(em -> new ReviewRepository(em).assign(new ExpertAssignment(app.id().value(), e, AT)));
        db.run(em -> new ReviewRepository(em).score(new ExpertScore(app.id().value(), e, BigDecimal.ONE, null, AT)));
        var emA = db.emf().createEntityManager();
        var emB = db.emf().createEntityManager();
        try {
            emA.getTransaction().begin();
            emB.getTransaction().begin();
            // Both experts' screens loaded the score before either saved.
            emA.find(ExpertScoreRow.class, new ExpertAssignmentRow.Key(app.id().value(), e));
            emB.find(ExpertScoreRow.class, new ExpertAssignmentRow.Key(app.id().value(), e));
            new ReviewRepository(emA).score(new ExpertScore(app.id().value(), e, new BigDecimal("2"), null, AT));
            emA.getTransaction().commit();
            assertThatThrownBy(() -> new ReviewRepository(emB).score(new ExpertScore(app.id().value(), e,
                    BigDecimal.TEN, null, AT))).isInstanceOf(OptimisticLockException.class);
        } finally {
            if (emA.getTransaction().isActive()) {
                emA.getTransaction().rollback();
            }
            if (emB.getTransaction().isActive()) {
                emB.getTransaction().rollback();
            }
            emA.close();
            emB.close();
        }
    }

    @Test
    void allocation_outcomes_survive_save_and_reload_in_their_order_and_are_replaced_by_a_new_allocation() {
        // A plan year of its own for these rows: the plan's quotas apply, and other tests' rows stay apart.
        int year = 2021;
        List<ScoredApplication> scored = new ArrayList<>();
        double[] scores = {91.5, 88.0, 95.25};
        for (double s : scores) {
            Application app = application();
            scored.add(new ScoredApplication(app.id().value(), "MEMBERS_HOME", null, s, Fixtures.IN_WINDOW));
        }
        List<AllocationOutcome> outcomes = Allocation.allocate(plan, scored);
        db.run(em -> new AllocationRepository(em).replace(year, outcomes, AT));

        List<AllocationOutcome> loaded = db.tx(em -> new AllocationRepository(em).ofPlanYear(year));
        assertThat(loaded).containsExactlyElementsOf(outcomes);
        assertThat(loaded.get(0).score()).isEqualTo(95.25);

        List<AllocationOutcome> again = Allocation.allocate(plan, scored.subList(0, 2));
        db.run(em -> new AllocationRepository(em).replace(year, again, AT.plusSeconds(3600)));
        List<AllocationOutcome> replaced = db.tx(em -> new AllocationRepository(em).ofPlanYear(year));
        assertThat(replaced).containsExactlyElementsOf(again);
        assertThat(db.tx(em -> new AllocationRepository(em).of(scored.get(2).applicationId())).isPresent()).isFalse();
    }
}
