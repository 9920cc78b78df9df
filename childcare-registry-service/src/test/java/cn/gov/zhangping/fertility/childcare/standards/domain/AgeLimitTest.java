package cn.gov.zhangping.fertility.childcare.standards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeLimitTest {

    private static final AgeLimit UNDER_3 = new AgeLimit(3, "漳政办规〔2023〕2号 二(三)9");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aChildIsUnder3UntilTheDayBeforeItsThirdBirthday() {
        assertThat(UNDER_3.isUnder(d("2023-06-15"), d("2026-06-14"))).isTrue();
        assertThat(UNDER_3.isUnder(d("2023-06-15"), d("2026-06-15"))).isFalse();
        assertThat(UNDER_3.isUnder(d("2023-06-15"), d("2026-06-16"))).isFalse();
        assertThat(UNDER_3.reachedOn(d("2023-06-15"))).isEqualTo(d("2026-06-15"));
    }

    @Test
    void aChildBornOnTheDateIsCountedAndOneBornAfterItIsNot() {
        assertThat(UNDER_3.isUnder(d("2026-06-15"), d("2026-06-15"))).isTrue();
        assertThat(UNDER_3.isUnder(d("2026-06-16"), d("2026-06-15"))).isFalse();
    }

    @Test
    void aChildBornOn29FebruaryTurns3On1MarchOfACommonYear() {
        LocalDate leapDay = d("2024-02-29");
        assertThat(UNDER_3.reachedOn(leapDay)).isEqualTo(d("2027-03-01"));
        assertThat(UNDER_3.isUnder(leapDay, d("2027-02-28"))).isTrue();
        assertThat(UNDER_3.isUnder(leapDay, d("2027-03-01"))).isFalse();
        // neighbours keep their own birthdays
        assertThat(UNDER_3.reachedOn(d("2024-02-28"))).isEqualTo(d("2027-02-28"));
        assertThat(UNDER_3.reachedOn(d("2024-03-01"))).isEqualTo(d("2027-03-01"));
    }

    @Test
    void aLimitThatEndsInALeapYearKeeps29February() {
        AgeLimit four = new AgeLimit(4, "test");
        assertThat(four.reachedOn(d("2024-02-29"))).isEqualTo(d("2028-02-29"));
        assertThat(four.isUnder(d("2024-02-29"), d("2028-02-28"))).isTrue();
        assertThat(four.isUnder(d("2024-02-29"), d("2028-02-29"))).isFalse();
    }

    @Test
    void theEarliestBirthDateMatchesTheRuleOnEveryDay() {
        for (AgeLimit limit : new AgeLimit[] {UNDER_3, new AgeLimit(4, "test")}) {
            for (LocalDate on = d("2026-01-01"); on.isBefore(d("2033-01-01")); on = on.plusDays(1)) {
                LocalDate earliest = limit.earliestBirthDateUnderOn(on);
                assertThat(limit.isUnder(earliest, on)).as("born %s, on %s", earliest, on).isTrue();
                assertThat(limit.isUnder(earliest.minusDays(1), on)).as("born %s, on %s", earliest.minusDays(1), on).isFalse();
            }
        }
    }

    @Test
    void theEarliestBirthDateAroundLeapDays() {
        assertThat(UNDER_3.earliestBirthDateUnderOn(d("2027-02-28"))).isEqualTo(d("2024-02-29"));
        assertThat(UNDER_3.earliestBirthDateUnderOn(d("2027-03-01"))).isEqualTo(d("2024-03-02"));
        assertThat(UNDER_3.earliestBirthDateUnderOn(d("2028-02-29"))).isEqualTo(d("2025-03-01"));
        assertThat(UNDER_3.earliestBirthDateUnderOn(d("2026-06-15"))).isEqualTo(d("2023-06-16"));
    }

    @Test
    void anAgeLimitIsAtLeastOneYear() {
        assertThatThrownBy(() -> new AgeLimit(0, "test")).isInstanceOf(IllegalArgumentException.class);
    }
}
