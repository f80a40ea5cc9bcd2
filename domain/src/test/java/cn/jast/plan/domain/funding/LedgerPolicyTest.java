package cn.jast.plan.domain.funding;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.funding.LedgerPolicy.Booker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * II.1, IV.3: a society books planned and actual expenses only; funds received are booked by the office and
 * only for a funded project; a correction is a reversing entry; planned against actual per line.
 */
class LedgerPolicyTest {
    private static final Instant AT = Instant.parse("2022-03-15T08:00:00Z");

    private static LedgerEntry entry(String id, LedgerEntry.Kind kind, String item, String amount) {
        return new LedgerEntry(id, "A-1", kind, item, new BigDecimal(amount), LocalDate.of(2022, 3, 15), "s0001", AT);
    }

    @Test
    void aSocietyNeverBooksFundsReceived() {
        var refusal = LedgerPolicy.refusal(LedgerEntry.Kind.FUNDS_RECEIVED, Booker.SOCIETY, ApplicationState.FUNDED);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().byRole()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = "FUNDED", mode = EnumSource.Mode.EXCLUDE)
    void theOfficeBooksFundsOnlyForAFundedProject(ApplicationState state) {
        var refusal = LedgerPolicy.refusal(LedgerEntry.Kind.FUNDS_RECEIVED, Booker.OFFICE, state);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().byRole()).isFalse();
    }

    @Test
    void theOfficeBooksFundsForAFundedProject() {
        assertThat(LedgerPolicy.refusal(LedgerEntry.Kind.FUNDS_RECEIVED, Booker.OFFICE, ApplicationState.FUNDED)).isEmpty();
    }

    @Test
    void expensesAreTheSocietysWhileThereIsAProject() {
        assertThat(LedgerPolicy.refusal(LedgerEntry.Kind.PLANNED_EXPENSE, Booker.SOCIETY, ApplicationState.APPROVED)).isEmpty();
        assertThat(LedgerPolicy.refusal(LedgerEntry.Kind.ACTUAL_EXPENSE, Booker.SOCIETY, ApplicationState.FUNDED)).isEmpty();
        assertThat(LedgerPolicy.refusal(LedgerEntry.Kind.ACTUAL_EXPENSE, Booker.OFFICE, ApplicationState.APPROVED)
                .orElseThrow().byRole()).isTrue();
        assertThat(LedgerPolicy.refusal(LedgerEntry.Kind.PLANNED_EXPENSE, Booker.SOCIETY, ApplicationState.UNDER_REVIEW)
                .orElseThrow().byRole()).isFalse();
    }

    @Test
    void aCorrectionReversesAndNeverEdits() {
        LedgerEntry wrong = entry("1", LedgerEntry.Kind.ACTUAL_EXPENSE, "会场", "5860.00");
        LedgerEntry reversal = LedgerEntry.reversal("2", wrong, LocalDate.of(2022, 3, 16), "s0001", AT);
        assertThat(reversal.amount()).isEqualByComparingTo("-5860.00");
        assertThat(reversal.reverses()).isEqualTo("1");
        assertThat(reversal.item()).isEqualTo("会场");
        assertThat(wrong.amount()).isEqualByComparingTo("5860.00");
        assertThatThrownBy(() -> LedgerEntry.reversal("3", reversal, LocalDate.of(2022, 3, 16), "s0001", AT))
                .isInstanceOf(IllegalArgumentException.class);
        ProjectLedger ledger = new ProjectLedger("A-1", List.of(wrong, reversal,
                entry("4", LedgerEntry.Kind.ACTUAL_EXPENSE, "会场", "58600.00")));
        assertThat(ledger.spent()).isEqualByComparingTo("58600.00");
        assertThat(ledger.isReversed("1")).isTrue();
        assertThat(ledger.isReversed("4")).isFalse();
    }

    @Test
    void plannedAgainstActualPerLine() {
        ProjectLedger ledger = new ProjectLedger("A-1", List.of(
                entry("1", LedgerEntry.Kind.PLANNED_EXPENSE, "会场", "60000"),
                entry("2", LedgerEntry.Kind.PLANNED_EXPENSE, "专家劳务", "25000"),
                entry("3", LedgerEntry.Kind.ACTUAL_EXPENSE, "会场", "58600"),
                entry("4", LedgerEntry.Kind.ACTUAL_EXPENSE, "印刷", "1200"),
                entry("5", LedgerEntry.Kind.FUNDS_RECEIVED, "拨款", "100000")));
        assertThat(ledger.lines()).containsExactly(
                new ProjectLedger.Line("会场", new BigDecimal("60000"), new BigDecimal("58600")),
                new ProjectLedger.Line("专家劳务", new BigDecimal("25000"), BigDecimal.ZERO),
                new ProjectLedger.Line("印刷", BigDecimal.ZERO, new BigDecimal("1200")));
        assertThat(ledger.lines().get(0).variance()).isEqualByComparingTo("-1400");
    }
}
