package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.gov.zhangping.fertility.benefit.policy.persistence.CatalogueFile;
import org.junit.jupiter.api.Test;

/** Claims against the catalogue as shipped (plan 2023-04-10 to 2025-12-31), at the edges of its period. */
class ClaimRulesTest {

    private static Timeline timeline(PolicyCode code) {
        return CatalogueFile.read().stream().filter(e -> e.policy().code() == code).findFirst().orElseThrow().timeline();
    }

    private static ChildFacts child(int birthOrder, boolean reviewPending) {
        return new ChildFacts(LocalDate.of(2024, 5, 1), false, birthOrder, false, reviewPending);
    }

    @Test
    void theHomeSubsidyIsDecidedByTheContractDate() {
        Timeline home = timeline(PolicyCode.HOME_PURCHASE_SUBSIDY);
        ClaimRules.Decision lastDay = ClaimRules.homePurchase(home, child(3, false), LocalDate.of(2025, 12, 31), true);
        assertThat(lastDay.refused()).isFalse();
        assertThat(lastDay.amount()).isEqualTo(Fen.ofYuan(20000));
        assertThat(lastDay.version()).isEqualTo(1);
        assertThat(ClaimRules.homePurchase(home, child(3, false), LocalDate.of(2026, 1, 1), true).refusal())
                .isEqualTo("no-version-in-force");
        assertThat(ClaimRules.homePurchase(home, child(2, false), LocalDate.of(2025, 6, 1), true).refusal())
                .isEqualTo("condition-not-met");
        assertThat(ClaimRules.homePurchase(home, child(3, false), LocalDate.of(2025, 6, 1), false).refusal())
                .isEqualTo("condition-not-met");
        // bought the day before the third child's birth, and on its birthday
        assertThat(ClaimRules.homePurchase(home, child(3, false), LocalDate.of(2024, 4, 30), true).refusal())
                .isEqualTo("condition-not-met");
        assertThat(ClaimRules.homePurchase(home, child(3, false), LocalDate.of(2024, 5, 1), true).refused()).isFalse();
        assertThat(ClaimRules.homePurchase(home, child(3, true), LocalDate.of(2025, 6, 1), true).refusal())
                .isEqualTo("registration-under-review");
    }

    @Test
    void theRentLimitIsTheSumOfTheMonthsLimits() {
        Timeline rent = timeline(PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT);
        ClaimRules.Decision third = ClaimRules.rentWithdrawal(rent, child(3, false), YearMonth.of(2025, 1),
                YearMonth.of(2025, 12), true);
        assertThat(third.amount()).isEqualTo(Fen.ofYuan(12000));
        assertThat(third.monthly()).isEqualTo(Fen.ofYuan(1000));
        assertThat(third.months()).isEqualTo(12);
        assertThat(ClaimRules.rentWithdrawal(rent, child(2, false), YearMonth.of(2025, 1), YearMonth.of(2025, 2), true)
                .amount()).isEqualTo(Fen.ofYuan(1600));
        assertThat(ClaimRules.rentWithdrawal(rent, child(1, false), YearMonth.of(2025, 1), YearMonth.of(2025, 2), true)
                .refusal()).isEqualTo("condition-not-met");
        // December 2025 is the plan's last month; January 2026 has no version
        assertThat(ClaimRules.rentWithdrawal(rent, child(3, false), YearMonth.of(2025, 12), YearMonth.of(2026, 1), true)
                .refusal()).isEqualTo("no-version-in-force");
        // the month of the birth counts when it ends after the birth; the month before does not
        assertThat(ClaimRules.rentWithdrawal(rent, child(3, false), YearMonth.of(2024, 5), YearMonth.of(2024, 5), true)
                .amount()).isEqualTo(Fen.ofYuan(1000));
        assertThat(ClaimRules.rentWithdrawal(rent, child(3, false), YearMonth.of(2024, 4), YearMonth.of(2024, 5), true)
                .refusal()).isEqualTo("condition-not-met");
        assertThat(ClaimRules.rentWithdrawal(rent, child(3, false), YearMonth.of(2025, 1), YearMonth.of(2025, 1), false)
                .refusal()).isEqualTo("condition-not-met");
    }
}
