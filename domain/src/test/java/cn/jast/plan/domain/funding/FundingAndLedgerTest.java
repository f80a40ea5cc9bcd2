package cn.jast.plan.domain.funding;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** IV.3: 专款专用……单独核算 — a project's ledger holds only that project's money. */
class FundingAndLedgerTest {
    private static final Instant NOW = Instant.parse("2022-03-01T02:00:00Z");

    private static LedgerEntry entry(String id, String project, LedgerEntry.Kind kind, String amount) {
        return new LedgerEntry(id, project, kind, "会议场地", new BigDecimal(amount), LocalDate.of(2022, 3, 1), "office", NOW);
    }

    @Test
    void plannedSpentAndReceivedAreTotalledApart() {
        ProjectLedger ledger = new ProjectLedger("A-1", List.of(
                entry("1", "A-1", LedgerEntry.Kind.FUNDS_RECEIVED, "50000"),
                entry("2", "A-1", LedgerEntry.Kind.PLANNED_EXPENSE, "30000"),
                entry("3", "A-1", LedgerEntry.Kind.ACTUAL_EXPENSE, "12000.50"),
                entry("4", "A-1", LedgerEntry.Kind.ACTUAL_EXPENSE, "-500")));
        assertThat(ledger.received()).isEqualByComparingTo("50000");
        assertThat(ledger.planned()).isEqualByComparingTo("30000");
        assertThat(ledger.spent()).isEqualByComparingTo("11500.50");
        assertThat(ledger.balance()).isEqualByComparingTo("38499.50");
        assertThat(ledger.entries()).hasSize(4);
    }

    @Test
    void anotherProjectsEntryIsRefused() {
        ProjectLedger ledger = new ProjectLedger("A-1", List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.book(entry("1", "A-2", LedgerEntry.Kind.ACTUAL_EXPENSE, "10")))
                .withMessageContaining("IV.3");
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void anEntryHasAnAmountInYuan() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry("1", "A-1", LedgerEntry.Kind.ACTUAL_EXPENSE, "0"));
        assertThatIllegalArgumentException().isThrownBy(() -> entry("1", "A-1", LedgerEntry.Kind.ACTUAL_EXPENSE, "1.001"));
    }
}
