package cn.jast.plan.persistence.funding;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundingMappingTest {
    static final Instant AT = Instant.parse("2022-01-10T02:00:00Z");
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
    void a_funding_decision_survives_save_and_reload_and_is_taken_once() {
        Application app = application();
        FundingDecision d = new FundingDecision(app.id().value(), FundingDecision.Outcome.FUNDED_NEXT_YEAR, 2022);
        db.run(em -> new FundingRepository(em).record(d, AT, "office"));

        FundingDecisionRow loaded = db.tx(em -> new FundingRepository(em).decisionOf(app.id().value()).orElseThrow());
        assertThat(loaded.toDomain()).isEqualTo(d);
        assertThat(loaded.decidedAt()).isEqualTo(AT);
        assertThat(loaded.decidedBy()).isEqualTo("office");
        java.util.List<FundingDecision> funded = db.tx(em -> new FundingRepository(em).decisionsFunding(2022));
        assertThat(funded).contains(d);
        assertThatThrownBy(() -> db.run(em -> new FundingRepository(em).record(new FundingDecision(app.id().value(),
                FundingDecision.Outcome.CANCELLED, null), AT, "office"))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void ledger_entries_survive_save_and_reload_and_total_as_before() {
        Application app = application();
        String id = app.id().value();
        LedgerEntry received = entry(id, LedgerEntry.Kind.FUNDS_RECEIVED, "省科协拨款", "50000", LocalDate.of(2022, 3, 1));
        LedgerEntry planned = entry(id, LedgerEntry.Kind.PLANNED_EXPENSE, "会场租赁", "12000.50", LocalDate.of(2022, 3, 2));
        LedgerEntry spent = entry(id, LedgerEntry.Kind.ACTUAL_EXPENSE, "会场租赁", "11800.25", LocalDate.of(2022, 4, 2));
        LedgerEntry correction = entry(id, LedgerEntry.Kind.ACTUAL_EXPENSE, "冲正：会场租赁", "-100.25",
                LocalDate.of(2022, 4, 3));
        db.run(em -> {
            FundingRepository r = new FundingRepository(em);
            r.book(received);
            r.book(planned);
            r.book(spent);
            r.book(correction);
        });

        ProjectLedger ledger = db.tx(em -> new FundingRepository(em).ledgerOf(id));

        assertThat(ledger.entries()).extracting(LedgerEntry::id)
                .containsExactly(received.id(), planned.id(), spent.id(), correction.id());
        LedgerEntry loaded = ledger.entries().get(1);
        assertThat(loaded.kind()).isEqualTo(LedgerEntry.Kind.PLANNED_EXPENSE);
        assertThat(loaded.item()).isEqualTo("会场租赁");
        assertThat(loaded.amount()).isEqualByComparingTo("12000.50");
        assertThat(loaded.bookedOn()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(loaded.recordedBy()).isEqualTo("society-finance");
        assertThat(loaded.recordedAt()).isEqualTo(AT);
        assertThat(ledger.spent()).isEqualByComparingTo("11700.00");
        assertThat(ledger.balance()).isEqualByComparingTo("38300.00");
    }

    @Test
    void a_reversal_keeps_the_entry_it_reverses() {
        Application app = application();
        String id = app.id().value();
        LedgerEntry wrong = entry(id, LedgerEntry.Kind.ACTUAL_EXPENSE, "会场租赁", "5860.00", LocalDate.of(2022, 4, 2));
        LedgerEntry reversal = LedgerEntry.reversal(UUID.randomUUID().toString(), wrong, LocalDate.of(2022, 4, 3),
                "society-finance", AT);
        db.run(em -> {
            new FundingRepository(em).book(wrong);
            new FundingRepository(em).book(reversal);
        });
        ProjectLedger ledger = db.tx(em -> new FundingRepository(em).ledgerOf(id));
        assertThat(ledger.entries()).extracting(LedgerEntry::reverses).containsExactly(null, wrong.id());
        assertThat(ledger.spent()).isEqualByComparingTo("0");
        assertThat(ledger.isReversed(wrong.id())).isTrue();
    }

    static LedgerEntry entry(String applicationId, LedgerEntry.Kind kind, String item, String amount, LocalDate on) {
        return new LedgerEntry(UUID.randomUUID().toString(), applicationId, kind, item, new BigDecimal(amount), on,
                "society-finance", AT);
    }
}
