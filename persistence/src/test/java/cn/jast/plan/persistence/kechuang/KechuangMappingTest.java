package cn.jast.plan.persistence.kechuang;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck;
import cn.jast.plan.domain.kechuang.KechuangEntry;
import cn.jast.plan.domain.kechuang.KechuangFlag;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 科创江苏 list and its flags, saved and reloaded (Derby; PostgreSQL where configured). */
class KechuangMappingTest {
    static final Instant AT = Instant.parse("2021-06-03T02:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    static List<KechuangEntry> list(int year) {
        return db.tx(em -> new KechuangRepository(em).list(year));
    }

    static boolean blocks(String applicationId) {
        return db.tx(em -> new KechuangRepository(em).blocksReview(applicationId));
    }

    static java.util.Set<String> waiting(int year) {
        return db.tx(em -> new KechuangRepository(em).applicationsWaiting(year));
    }

    static List<KechuangFlag> flags(int year) {
        return db.tx(em -> new KechuangRepository(em).flags(year));
    }

    @Test
    void aListIsStoredInItsOrderAndReplacedWhole() {
        int year = 3000 + (int) (Math.random() * 5000);
        List<KechuangEntry> first = List.of(new KechuangEntry(2, "S-0001", null, "《智能制造》服务平台"),
                new KechuangEntry(4, null, "江苏省“力学”学会", "长三角力学，青年论坛"),
                new KechuangEntry(3, "S-0003", "江苏省化学化工学会", "绿色化工科普行"));
        db.run(em -> new KechuangRepository(em).replaceList(year, first, "office", AT));
        List<KechuangEntry> stored = db.tx(em -> new KechuangRepository(em).list(year));
        assertThat(stored).containsExactly(first.get(0), first.get(2), first.get(1));
        KechuangEntryRow row = db.tx(em -> new KechuangRepository(em).rows(year).get(0));
        assertThat(row.importedBy()).isEqualTo("office");
        assertThat(row.importedAt()).isEqualTo(AT);
        assertThat(row.planYear()).isEqualTo(year);

        db.run(em -> new KechuangRepository(em).replaceList(year, List.of(first.get(1)), "office2", AT.plusSeconds(60)));
        assertThat(list(year)).containsExactly(first.get(1));
        assertThat(list(year + 1)).isEmpty();
    }

    @Test
    void aFlagKeepsTheEntryAsListedAndTheDecision() {
        Application app = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        String id = "K-" + UUID.randomUUID();
        KechuangEntry entry = new KechuangEntry(7, "S-0001", "江苏省计算机学会", "《智能制造》服务平台");
        KechuangFlag flag = KechuangFlag.raise(id, 2021, app.id().value(),
                new KechuangCrossCheck.Match(entry, KechuangEntry.MatchedBy.SOCIETY_NAME), AT);
        db.run(em -> new KechuangRepository(em).add(flag));

        KechuangFlag open = db.tx(em -> new KechuangRepository(em).flag(id).orElseThrow());
        assertThat(open.applicationId()).isEqualTo(app.id().value());
        assertThat(open.planYear()).isEqualTo(2021);
        assertThat(open.listedRow()).isEqualTo(7);
        assertThat(open.listedSocietyCode()).isEqualTo("S-0001");
        assertThat(open.listedSocietyName()).isEqualTo("江苏省计算机学会");
        assertThat(open.listedTitle()).isEqualTo("《智能制造》服务平台");
        assertThat(open.titleKey()).isEqualTo("智能制造服务平台");
        assertThat(open.matchedBy()).isEqualTo(KechuangEntry.MatchedBy.SOCIETY_NAME);
        assertThat(open.flaggedAt()).isEqualTo(AT);
        assertThat(open.state()).isEqualTo(KechuangFlag.State.OPEN);
        assertThat(open.reason()).isNull();
        assertThat(blocks(app.id().value())).isTrue();
        assertThat(waiting(2021)).contains(app.id().value());

        db.run(em -> new KechuangRepository(em).flag(id).orElseThrow()
                .decide(KechuangFlag.Decision.NOT_THE_SAME_PROJECT, "内容不同：科创江苏为平台二期", "office", AT.plusSeconds(5)));
        KechuangFlag decided = db.tx(em -> new KechuangRepository(em).flagsOf(app.id().value()).get(0));
        assertThat(decided.state()).isEqualTo(KechuangFlag.State.CLEARED);
        assertThat(decided.reason()).isEqualTo("内容不同：科创江苏为平台二期");
        assertThat(decided.decidedBy()).isEqualTo("office");
        assertThat(decided.decidedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(decided.version()).isGreaterThan(open.version());
        assertThat(blocks(app.id().value())).isFalse();
        assertThat(waiting(2021)).doesNotContain(app.id().value());
        assertThat(flags(2021)).extracting(KechuangFlag::id).contains(id);
    }
}
