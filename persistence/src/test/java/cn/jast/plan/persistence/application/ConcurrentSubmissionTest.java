package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two submissions of one society that break a LIMIT rule together, started at the same instant
 * from two threads with their own transactions: exactly one is submitted, the other is refused
 * with the LIMIT violation. Several rounds, so that both orders of arrival are exercised.
 */
class ConcurrentSubmissionTest {
    static final int ROUNDS = 6;
    @Database("concurrent-submission")
    static TestDatabase db;
    static PlanYear plan;
    static ExecutorService pool;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource({
            "LIMIT-1, FIRST_CLASS, DEVELOPMENT_SUPPORT",
            "LIMIT-3, MEMBERS_HOME, MEMBERS_HOME"})
    void exactly_one_of_two_conflicting_submissions_wins(String rule, String first, String second) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Society s = Fixtures.addSociety(db);
            Application a = Fixtures.addDraft(db, plan, s, Fixtures.content(first, null));
            Application b = Fixtures.addDraft(db, plan, s, Fixtures.content(second, null));
            CyclicBarrier start = new CyclicBarrier(2);

            List<Future<Outcome>> futures = new ArrayList<>();
            for (Application app : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        db.run(em -> new Submissions(em).submit(app.id(), null, Fixtures.IN_WINDOW, "society-user"));
                        return Outcome.submitted();
                    } catch (TransitionRefused e) {
                        return Outcome.refused(e.violations());
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
            Outcome lost = outcomes.stream().filter(o -> !o.won()).findFirst().orElseThrow();
            assertThat(lost.violations()).extracting(Violation::rule).containsExactly(rule);
            List<ApplicationState> states = db.tx(em -> {
                ApplicationRepository r = new ApplicationRepository(em);
                return List.of(r.find(a.id()).orElseThrow().state(), r.find(b.id()).orElseThrow().state());
            });
            assertThat(states).containsExactlyInAnyOrder(ApplicationState.SUBMITTED, ApplicationState.DRAFT);
        }
    }

    record Outcome(boolean won, List<Violation> violations) {
        static Outcome submitted() {
            return new Outcome(true, List.of());
        }

        static Outcome refused(List<Violation> violations) {
            return new Outcome(false, violations);
        }
    }
}
