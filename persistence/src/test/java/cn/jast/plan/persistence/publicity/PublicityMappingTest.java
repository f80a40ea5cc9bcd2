package cn.jast.plan.persistence.publicity;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicityMappingTest {
    static final Instant PUBLISHED = Instant.parse("2021-07-05T02:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static PublicityNotice notice(List<String> applicationIds) {
        PublicityNotice n = PublicityNotice.publish(id(), plan, NoticeKind.APPROVAL_LIST, "2021年度立项名单公示",
                applicationIds, PUBLISHED);
        db.run(em -> new PublicityRepository(em).add(n));
        return n;
    }

    static Application application() {
        return Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
    }

    @Test
    void a_notice_with_its_period_and_listed_applications_survives_save_and_reload() {
        Application a = application();
        Application b = application();
        PublicityNotice n = notice(List.of(b.id().value(), a.id().value()));

        PublicityNotice loaded = db.tx(em -> new PublicityRepository(em).find(n.id()).orElseThrow());

        assertThat(loaded.planYear()).isEqualTo(2021);
        assertThat(loaded.kind()).isEqualTo(NoticeKind.APPROVAL_LIST);
        assertThat(loaded.title()).isEqualTo("2021年度立项名单公示");
        assertThat(loaded.period()).isEqualTo(n.period());
        assertThat(loaded.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(loaded.applicationIds()).containsExactly(b.id().value(), a.id().value());
        assertThat(loaded.version()).isEqualTo(1);
        List<PublicityNotice> listing = db.tx(em -> new PublicityRepository(em).listing(a.id().value()));
        assertThat(listing).extracting(PublicityNotice::id).containsExactly(n.id());
    }

    @Test
    void an_objection_and_its_decision_survive_save_and_reload() {
        Application a = application();
        PublicityNotice n = notice(List.of(a.id().value()));
        Objection o = n.object(id(), a.id().value(), "申报材料与实际不符", "匿名", PUBLISHED.plusSeconds(3600));
        db.run(em -> new PublicityRepository(em).add(o));
        boolean open = db.tx(em -> new PublicityRepository(em).hasOpenObjection(a.id().value()));
        assertThat(open).isTrue();

        db.run(em -> new PublicityRepository(em).findObjection(o.id()).orElseThrow().decide(false, "经核实不成立"));

        Objection loaded = db.tx(em -> new PublicityRepository(em).findObjection(o.id()).orElseThrow());
        assertThat(loaded.noticeId()).isEqualTo(n.id());
        assertThat(loaded.applicationId()).isEqualTo(a.id().value());
        assertThat(loaded.text()).isEqualTo("申报材料与实际不符");
        assertThat(loaded.raisedBy()).isEqualTo("匿名");
        assertThat(loaded.raisedAt()).isEqualTo(PUBLISHED.plusSeconds(3600));
        assertThat(loaded.status()).isEqualTo(Objection.Status.DISMISSED);
        assertThat(loaded.decisionNote()).isEqualTo("经核实不成立");
        assertThat(loaded.version()).isEqualTo(2);
        List<Objection> objections = db.tx(em -> new PublicityRepository(em).objectionsTo(n.id()));
        assertThat(objections).extracting(Objection::id).containsExactly(o.id());
        boolean stillOpen = db.tx(em -> new PublicityRepository(em).hasOpenObjection(a.id().value()));
        assertThat(stillOpen).isFalse();
    }

    @Test
    void two_officers_deciding_one_objection_cannot_both_win() {
        Application a = application();
        PublicityNotice n = notice(List.of(a.id().value()));
        Objection o = n.object(id(), a.id().value(), "异议", null, PUBLISHED.plusSeconds(60));
        db.run(em -> new PublicityRepository(em).add(o));
        var emA = db.emf().createEntityManager();
        var emB = db.emf().createEntityManager();
        try {
            emA.getTransaction().begin();
            emB.getTransaction().begin();
            emA.find(Objection.class, o.id()).decide(true, "成立");
            emB.find(Objection.class, o.id()).decide(false, "不成立");
            emA.getTransaction().commit();
            assertThatThrownBy(() -> emB.getTransaction().commit())
                    .isInstanceOf(RollbackException.class).hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            emA.close();
            emB.close();
        }
        Objection.Status status = db.tx(em -> new PublicityRepository(em).findObjection(o.id()).orElseThrow().status());
        assertThat(status).isEqualTo(Objection.Status.UPHELD);
    }
}
