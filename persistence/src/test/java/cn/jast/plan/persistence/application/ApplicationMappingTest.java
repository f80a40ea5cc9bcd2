package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationMappingTest {
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    @Test
    void a_draft_with_category_specific_content_survives_save_and_reload() {
        Society s = Fixtures.addSociety(db);
        Application a = Fixtures.addDraft(db, plan, s, Fixtures.exchangeContent());

        Application loaded = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow());

        assertThat(loaded).isNotSameAs(a);
        assertThat(loaded.id()).isEqualTo(a.id());
        assertThat(loaded.society()).isEqualTo(s.id());
        assertThat(loaded.planYear()).isEqualTo(2021);
        assertThat(loaded.content()).isEqualTo(a.content());
        assertThat(loaded.content().event().startDate()).isEqualTo(a.content().event().startDate());
        assertThat(loaded.category()).isEqualTo("ACADEMIC_EXCHANGE");
        assertThat(loaded.subProject()).isEqualTo("EXCHANGE_BRAND");
        assertThat(loaded.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(loaded.createdAt()).isEqualTo(Fixtures.DRAFTED);
        assertThat(loaded.fingerprint()).isNull();
        assertThat(loaded.version()).isEqualTo(1);
    }

    @Test
    void the_lifecycle_fields_survive_save_and_reload() {
        Society s = Fixtures.addSociety(db);
        Application a = Fixtures.addDraft(db, plan, s, Fixtures.content("MEMBERS_HOME", null));

        db.run(em -> new ApplicationRepository(em).find(a.id()).orElseThrow()
                .submit(Fixtures.IN_WINDOW, new Evaluation(List.of(), List.of())));

        Application loaded = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow());
        assertThat(loaded.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(loaded.submittedAt()).isEqualTo(Fixtures.IN_WINDOW);
        assertThat(loaded.fingerprint()).isEqualTo(
                cn.jast.plan.domain.application.Fingerprint.of(2021, s.id(), a.content()));
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void the_counts_per_category_sub_project_and_state_are_those_of_the_applications_themselves() {
        Society s = Fixtures.addSociety(db);
        Fixtures.addDraft(db, plan, s, Fixtures.exchangeContent());
        Fixtures.addDraft(db, plan, s, Fixtures.content("MEMBERS_HOME", null));
        Application submitted = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        db.run(em -> new ApplicationRepository(em).find(submitted.id()).orElseThrow()
                .submit(Fixtures.IN_WINDOW, new Evaluation(List.of(), List.of())));

        List<Application> all = db.tx(em -> new ApplicationRepository(em).ofPlanYear(2021));
        java.util.Map<String, Long> expected = all.stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.category() + "/" + a.subProject() + "/" + a.state(),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        List<ApplicationRepository.Count> counts = db.tx(em -> new ApplicationRepository(em).countsOfPlanYear(2021));
        counts.forEach(c -> counted.put(c.category() + "/" + c.subProject() + "/" + c.state(), c.count()));
        assertThat(counted).isEqualTo(expected).containsEntry("MEMBERS_HOME/null/SUBMITTED",
                expected.get("MEMBERS_HOME/null/SUBMITTED"));
        assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(3);
        List<ApplicationRepository.Count> otherYear = db.tx(em -> new ApplicationRepository(em).countsOfPlanYear(2020));
        assertThat(otherYear).isEmpty();
    }

    @Test
    void an_instant_keeps_its_nanoseconds() {
        Society s = Fixtures.addSociety(db);
        java.time.Instant precise = java.time.Instant.parse("2021-05-20T02:00:00.123456789Z");
        Application a = Application.draft(cn.jast.plan.domain.application.ApplicationId.newId(), s.id(), plan,
                Fixtures.content("MEMBERS_HOME", null), precise);
        db.run(em -> new ApplicationRepository(em).add(a));

        java.time.Instant loaded = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow().createdAt());
        assertThat(loaded).isEqualTo(precise);
    }

    @Test
    void queries_find_a_societys_live_applications() {
        Society s = Fixtures.addSociety(db);
        Application draft = Fixtures.addDraft(db, plan, s, Fixtures.content("MEMBERS_HOME", null));
        Application submitted = Fixtures.addDraft(db, plan, s, Fixtures.content("FIRST_CLASS", null));
        Application withdrawn = Fixtures.addDraft(db, plan, s, Fixtures.content("DEVELOPMENT_SUPPORT", null));
        db.run(em -> {
            ApplicationRepository r = new ApplicationRepository(em);
            r.find(submitted.id()).orElseThrow().submit(Fixtures.IN_WINDOW, new Evaluation(List.of(), List.of()));
            r.find(withdrawn.id()).orElseThrow().withdraw(Fixtures.IN_WINDOW);
        });

        List<Application> all = db.tx(em -> new ApplicationRepository(em).ofSociety(s.id(), 2021));
        List<Application> live = db.tx(em -> new ApplicationRepository(em).liveOfSociety(s.id(), 2021, draft.id()));

        assertThat(all).extracting(Application::id).containsExactlyInAnyOrder(draft.id(), submitted.id(), withdrawn.id());
        assertThat(live).extracting(Application::id).containsExactly(submitted.id());
    }

    @Test
    void two_editors_of_one_draft_cannot_both_win() {
        Society s = Fixtures.addSociety(db);
        Application a = Fixtures.addDraft(db, plan, s, Fixtures.content("MEMBERS_HOME", null));
        var emA = db.emf().createEntityManager();
        var emB = db.emf().createEntityManager();
        try {
            emA.getTransaction().begin();
            emB.getTransaction().begin();
            emA.find(Application.class, a.id().value()).revise(plan, new cn.jast.plan.domain.content.ApplicationContent(
                    "MEMBERS_HOME", null, "新标题", true, null, null, null, null, null, null, null));
            emB.find(Application.class, a.id().value()).withdraw(Fixtures.IN_WINDOW);
            emA.getTransaction().commit();

            assertThatThrownBy(() -> emB.getTransaction().commit())
                    .isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            emA.close();
            emB.close();
        }
        Application loaded = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow());
        assertThat(loaded.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(loaded.content().title()).isEqualTo("新标题");
    }

    @Test
    void an_application_of_an_unknown_society_is_refused_by_the_database() {
        Society ghost = Fixtures.society(Fixtures.uniqueCode());
        Application a = Fixtures.draft(plan, ghost, Fixtures.content("MEMBERS_HOME", null));
        assertThatThrownBy(() -> db.run(em -> new ApplicationRepository(em).add(a)))
                .isInstanceOf(jakarta.persistence.PersistenceException.class);
    }
}
