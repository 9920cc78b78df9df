package cn.gov.zhangping.fertility.familysupport.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** 2026's National Day holiday (1–7 Oct) and its make-up working days (Sun 20 Sep, Sat 10 Oct). */
    static final WorkingCalendar CALENDAR = new WorkingCalendar(Map.of(
            d("2026-10-01"), false, d("2026-10-02"), false, d("2026-10-05"), false, d("2026-10-06"), false,
            d("2026-10-07"), false, d("2026-09-20"), true, d("2026-10-10"), true));

    @Test
    void aWeekendDoesNotCount() {
        // Thursday 19 Nov 2026 + 5 working days: Fri 20, Mon 23, Tue 24, Wed 25, Thu 26
        assertThat(CALENDAR.plusWorkingDays(d("2026-11-19"), 5)).isEqualTo(d("2026-11-26"));
        assertThat(CALENDAR.workingDaysBetween(d("2026-11-19"), d("2026-11-26"))).isEqualTo(5);
        assertThat(CALENDAR.workingDaysBetween(d("2026-11-20"), d("2026-11-22"))).isZero();
    }

    @Test
    void aPublicHolidayDoesNotCountAndAMakeUpDayDoes() {
        // Wed 30 Sep + 5: holiday 1–7 Oct (the weekend 3–4 too), Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13
        assertThat(CALENDAR.plusWorkingDays(d("2026-09-30"), 5)).isEqualTo(d("2026-10-13"));
        assertThat(CALENDAR.isWorkingDay(d("2026-09-20"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-10-05"))).isFalse();
        assertThat(CALENDAR.workingDaysBetween(d("2026-09-30"), d("2026-10-13"))).isEqualTo(5);
    }

    @Test
    void doneTheSameDayIsZeroWorkingDays() {
        assertThat(CALENDAR.workingDaysBetween(d("2026-11-19"), d("2026-11-19"))).isZero();
    }
}
