package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every saved version of a draft is kept, numbered, and reads back as it was saved. */
class ApplicationRevisionsTest {
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    @Test
    void each_save_is_a_numbered_revision_that_reads_back_as_saved() {
        Application a = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        ApplicationContent first = a.content();
        ApplicationContent second = first.withForm(first.form().with("membersHome", "premises", "南京市鼓楼区北京西路"));
        Instant t1 = Fixtures.DRAFTED;
        Instant t2 = t1.plusSeconds(600);
        db.run(em -> new ApplicationRevisions(em).record(a, t1, "s0001"));
        db.run(em -> {
            Application loaded = new ApplicationRepository(em).find(a.id()).orElseThrow();
            loaded.revise(plan, second);
            new ApplicationRevisions(em).record(loaded, t2, "s0001");
        });

        List<ApplicationRevision> revisions = db.tx(em -> new ApplicationRevisions(em).of(a.id()));
        assertThat(revisions).extracting(ApplicationRevision::revision).containsExactly(1, 2);
        assertThat(revisions.get(0).content()).isEqualTo(first);
        assertThat(revisions.get(1).content()).isEqualTo(second);
        assertThat(revisions.get(1).savedAt()).isEqualTo(t2);
        assertThat(revisions.get(1).savedBy()).isEqualTo("s0001");
        assertThat(db.tx(em -> new ApplicationRevisions(em).find(a.id(), 2)).orElseThrow().contentJson())
                .contains("南京市鼓楼区北京西路");
        Optional<ApplicationRevision> none = db.tx(em -> new ApplicationRevisions(em).find(a.id(), 3));
        assertThat(none).isEmpty();
    }
}
