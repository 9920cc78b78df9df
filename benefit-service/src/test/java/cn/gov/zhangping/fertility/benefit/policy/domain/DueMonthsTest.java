package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.zhangping.fertility.platform.time.Ages;
import org.junit.jupiter.api.Test;

class DueMonthsTest {

    @Test
    void fromTheMonthOfBirthToTheMonthBeforeTheThirdBirthday() {
        assertThat(monthsUnderThree(LocalDate.of(2025, 3, 15))).isEqualTo(36);
        assertThat(monthsUnderThree(LocalDate.of(2025, 3, 1))).isEqualTo(36);
        assertThat(monthsUnderThree(LocalDate.of(2025, 1, 31))).isEqualTo(36);
        // born 29 February: 3 years old on 1 March 2027 (platform Ages), so February 2024 to February 2027 are all
        // months before the birthday month, 37; the last is not due, as no child has more than 36 months
        assertThat(DueMonths.count(LocalDate.of(2024, 2, 29), Ages.lastDayBefore(LocalDate.of(2024, 2, 29), 36)))
                .isEqualTo(37);
        assertThat(monthsUnderThree(LocalDate.of(2024, 2, 29))).isEqualTo(36);
    }

    @Test
    void aPeriodEndingBeforeAMonthsLastDayLeavesThatMonthOut() {
        assertThat(DueMonths.count(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 14))).isEqualTo(7);
        assertThat(DueMonths.count(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 30))).isZero();
        assertThat(DueMonths.count(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 1, 31))).isEqualTo(1);
        assertThat(DueMonths.count(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31))).isZero();
    }

    private static int monthsUnderThree(LocalDate birth) {
        LocalDate end = DueMonths.lastDueDay(birth, Ages.lastDayBefore(birth, 36), 36);
        return DueMonths.count(birth, end);
    }
}
