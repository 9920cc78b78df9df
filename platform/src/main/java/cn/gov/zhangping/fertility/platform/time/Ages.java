package cn.gov.zhangping.fertility.platform.time;

import java.time.LocalDate;

/**
 * Children's ages in completed months, as the plan uses them ("6-24月龄", "年满3周岁" = 36 months).
 * <p>
 * A child reaches N months on the same day of the month as its birth. Where the month in question has no such
 * day, the child reaches that age on the first day of the following month: a child born on 29 February turns 3
 * on 1 March of a common year (the civil-law practice for the anniversary of 29 February), and a child born on
 * 31 August is 6 months old on 1 March. One rule serves years and months alike, so 36 months and 3 years always
 * fall on the same day.
 */
public final class Ages {

    private Ages() {
    }

    /** The day a child born on {@code birthDate} reaches the age of {@code months} completed months. */
    public static LocalDate dayReaching(LocalDate birthDate, int months) {
        LocalDate sameDay = birthDate.plusMonths(months);
        // plusMonths moves a missing day back to the month's end; the age is only reached the day after
        return sameDay.getDayOfMonth() < birthDate.getDayOfMonth() ? sameDay.plusDays(1) : sameDay;
    }

    /** The last day before the child reaches {@code months} months ("在其子女年满3周岁之前"). */
    public static LocalDate lastDayBefore(LocalDate birthDate, int months) {
        return dayReaching(birthDate, months).minusDays(1);
    }
}
