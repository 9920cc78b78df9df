package cn.gov.zhangping.fertility.benefit.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import org.junit.jupiter.api.Test;

class YearCostTest {

    private static final Tier SUBSIDY = Tier.forEveryChild(Fen.ofYuan(3600), null, null);

    private static Determination.Period period(String from, String to, int months, long monthlyFen) {
        return new Determination.Period(1, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), SUBSIDY,
                "source", months, new Fen(monthlyFen * months));
    }

    @Test
    void aChildTurning3MidYearIsDueTheMonthsBeforeItsBirthdayMonth() {
        // born 2023-06-15: due from 2025-01 to 2026-05, 17 months of 300 yuan
        Determination.Period p = period("2025-01-01", "2026-06-14", 17, 30000);
        assertThat(YearCost.monthsIn(p, 2025)).isEqualTo(12);
        assertThat(YearCost.monthsIn(p, 2026)).isEqualTo(5);
        assertThat(YearCost.of(p, 2026)).isEqualTo(Fen.ofYuan(1500));
        assertThat(YearCost.monthsIn(p, 2027)).isZero();
        assertThat(YearCost.monthsIn(p, 2024)).isZero();
    }

    @Test
    void aVersionEnding2025_12_31ForecastsNothingFor2026() {
        Determination.Period p = period("2024-05-01", "2025-12-31", 20, 30000);
        assertThat(YearCost.of(p, 2025)).isEqualTo(Fen.ofYuan(3600));
        assertThat(YearCost.of(p, 2026)).isEqualTo(Fen.ZERO);
    }

    @Test
    void aChildBornOn29FebruaryHasNoMoreMonthsThanItsWindow() {
        // born 2024-02-29: the window ends 2027-02-28, but its 36th month is January 2027 (DueMonths)
        Determination.Period p = period("2025-01-01", "2027-02-28", 25, 30000);
        assertThat(YearCost.monthsIn(p, 2027)).isEqualTo(1);
        assertThat(YearCost.monthsIn(p, 2025) + YearCost.monthsIn(p, 2026) + YearCost.monthsIn(p, 2027)).isEqualTo(25);
    }

    @Test
    void aPeriodBeginningOnTheLastDayOfAMonthHasThatMonthAndOddFenStayWhole() {
        Determination.Period p = period("2025-12-31", "2026-02-27", 2, 1);
        assertThat(YearCost.of(p, 2025)).isEqualTo(new Fen(1));
        assertThat(YearCost.of(p, 2026)).isEqualTo(new Fen(1));
    }

    @Test
    void aPeriodWithoutMonthsCostsNothing() {
        Determination.Period p = new Determination.Period(1, LocalDate.parse("2025-01-01"), null, SUBSIDY, "s", null, null);
        assertThat(YearCost.of(p, 2025)).isEqualTo(Fen.ZERO);
    }
}
