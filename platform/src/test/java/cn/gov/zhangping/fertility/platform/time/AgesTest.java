package cn.gov.zhangping.fertility.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anAgeIsReachedOnTheSameDayOfTheMonth() {
        assertThat(Ages.dayReaching(d("2024-06-15"), 36)).isEqualTo(d("2027-06-15"));
        assertThat(Ages.dayReaching(d("2024-06-15"), 6)).isEqualTo(d("2024-12-15"));
        assertThat(Ages.dayReaching(d("2024-06-15"), 0)).isEqualTo(d("2024-06-15"));
        assertThat(Ages.lastDayBefore(d("2024-06-15"), 36)).isEqualTo(d("2027-06-14"));
    }

    @Test
    void aChildBornOn29FebruaryTurnsThreeOn1MarchOfACommonYear() {
        assertThat(Ages.dayReaching(d("2024-02-29"), 36)).isEqualTo(d("2027-03-01"));
        assertThat(Ages.lastDayBefore(d("2024-02-29"), 36)).isEqualTo(d("2027-02-28"));
    }

    @Test
    void aChildBornOn29FebruaryHasItsBirthdayOn29FebruaryOfALeapYear() {
        assertThat(Ages.dayReaching(d("2024-02-29"), 48)).isEqualTo(d("2028-02-29"));
        assertThat(Ages.lastDayBefore(d("2024-02-29"), 48)).isEqualTo(d("2028-02-28"));
    }

    @Test
    void aMissingDayOfTheMonthMovesTheAgeToTheFirstOfTheNextMonth() {
        // born 31 August: no 31 February, so 6 months old on 1 March, in common and leap years alike
        assertThat(Ages.dayReaching(d("2024-08-31"), 6)).isEqualTo(d("2025-03-01"));
        assertThat(Ages.dayReaching(d("2023-08-31"), 6)).isEqualTo(d("2024-03-01"));
        assertThat(Ages.dayReaching(d("2025-01-31"), 1)).isEqualTo(d("2025-03-01"));
        assertThat(Ages.dayReaching(d("2025-01-30"), 1)).isEqualTo(d("2025-03-01"));
        assertThat(Ages.dayReaching(d("2024-01-30"), 1)).isEqualTo(d("2024-03-01"));
        assertThat(Ages.dayReaching(d("2024-01-29"), 1)).isEqualTo(d("2024-02-29"));
        assertThat(Ages.dayReaching(d("2025-03-31"), 6)).isEqualTo(d("2025-10-01"));
        assertThat(Ages.lastDayBefore(d("2025-03-31"), 6)).isEqualTo(d("2025-09-30"));
    }

    @Test
    void monthsAndYearsAgree() {
        for (LocalDate born = d("2023-01-01"); born.isBefore(d("2025-01-01")); born = born.plusDays(1)) {
            LocalDate third = born.getMonthValue() == 2 && born.getDayOfMonth() == 29
                    ? d((born.getYear() + 3) + "-03-01") : born.plusYears(3);
            assertThat(Ages.dayReaching(born, 36)).as("born %s", born).isEqualTo(third);
        }
    }
}
