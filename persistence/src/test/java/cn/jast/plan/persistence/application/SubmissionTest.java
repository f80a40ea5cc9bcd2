package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditLog;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionTest {
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    private static Submissions.Submitted submit(Application a, Long version, Instant at) {
        return db.tx(em -> new Submissions(em).submit(a.id(), version, at, "user-of-" + a.society().value()));
    }

    private static Application reload(Application a) {
        return db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow());
    }

    @Test
    void a_submission_is_stored_with_its_fingerprint_and_audited() {
        Society s = Fixtures.addSociety(db);
        Application a = Fixtures.addDraft(db, plan, s, Fixtures.content("FIRST_CLASS", null));

        Submissions.Submitted done = submit(a, 1L, Fixtures.IN_WINDOW);

        assertThat(done.evaluation().admissible()).isTrue();
        Application loaded = reload(a);
        assertThat(loaded.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(loaded.submittedAt()).isEqualTo(Fixtures.IN_WINDOW);
        assertThat(loaded.fingerprint()).isNotNull();
        List<AuditEntry> audit = db.tx(em -> new AuditLog(em).ofTarget("Application", a.id().value()));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("application.submit");
            assertThat(e.actor()).isEqualTo("user-of-" + s.id().value());
            assertThat(e.beforeJson()).contains("\"state\":\"DRAFT\"");
            assertThat(e.afterJson()).contains("\"state\":\"SUBMITTED\"").contains(loaded.fingerprint().hex());
        });
    }

    @Test
    void a_refused_submission_changes_nothing_and_lists_every_violation() {
        Society s = Fixtures.addSociety(db);
        Application first = Fixtures.addDraft(db, plan, s, Fixtures.content("FIRST_CLASS", null));
        submit(first, null, Fixtures.IN_WINDOW);
        Application late = Fixtures.addDraft(db, plan, s, Fixtures.content("DEVELOPMENT_SUPPORT", null));

        assertThatThrownBy(() -> submit(late, null, Instant.parse("2021-06-30T02:00:00Z")))
                .isInstanceOfSatisfying(TransitionRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).contains("LIMIT-1", "DEADLINE-1"));

        assertThat(reload(late).state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(reload(late).version()).isEqualTo(1);
        List<AuditEntry> audit = db.tx(em -> new AuditLog(em).ofTarget("Application", late.id().value()));
        assertThat(audit).isEmpty();
    }

    @Test
    void an_incomplete_form_is_refused_with_each_missing_field_beside_the_violations() {
        Society s = Fixtures.addSociety(db);
        ApplicationContent complete = Fixtures.content("MEMBERS_HOME", null);
        Application a = Fixtures.addDraft(db, plan, s, complete.withForm(complete.form()
                .with("membersHome", "premises", null).with("budget", "lines", null)));

        assertThatThrownBy(() -> submit(a, null, Instant.parse("2021-06-30T02:00:00Z")))
                .isInstanceOfSatisfying(TransitionRefused.class, e -> {
                    assertThat(e.violations()).extracting(Violation::rule).containsExactly("DEADLINE-1");
                    assertThat(e.missing()).extracting(MissingField::path, MissingField::clause).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("form.budget.lines", "IV.3"),
                            org.assertj.core.groups.Tuple.tuple("form.membersHome.premises", "III.7.2(2)"));
                });
        assertThat(reload(a).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void a_submission_of_a_version_the_user_did_not_see_is_refused() {
        Society s = Fixtures.addSociety(db);
        Application a = Fixtures.addDraft(db, plan, s, Fixtures.content("MEMBERS_HOME", null));
        db.run(em -> new ApplicationRepository(em).find(a.id()).orElseThrow().revise(plan, new ApplicationContent(
                "MEMBERS_HOME", null, "改过的标题", true, null, null, null, null, null, null, null)));

        assertThatThrownBy(() -> submit(a, 1L, Fixtures.IN_WINDOW)).isInstanceOf(OptimisticLockException.class);
        assertThat(reload(a).state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void limit_4_sees_the_same_event_declared_by_another_society() {
        Society one = Fixtures.addSociety(db);
        Society other = Fixtures.addSociety(db);
        String code = "EV-" + one.id().value();
        Application a = Fixtures.addDraft(db, plan, one, exchange("EXCHANGE_BRAND", code));
        Application b = Fixtures.addDraft(db, plan, other, exchange("EXCHANGE_FEATURED", code));
        submit(a, null, Fixtures.IN_WINDOW);

        assertThatThrownBy(() -> submit(b, null, Fixtures.IN_WINDOW))
                .isInstanceOfSatisfying(TransitionRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).contains("LIMIT-4"));
    }

    private static ApplicationContent exchange(String subProject, String eventCode) {
        return Fixtures.completed(new ApplicationContent("ACADEMIC_EXCHANGE", subProject, "学术交流", true,
                new ApplicationContent.Event(eventCode, "年会 " + eventCode, LocalDate.of(2021, 10, 8),
                        LocalDate.of(2021, 10, 9), true, HostRole.HOST, false, 200, 0, 0),
                null, null, null, null, null, List.of()));
    }
}
