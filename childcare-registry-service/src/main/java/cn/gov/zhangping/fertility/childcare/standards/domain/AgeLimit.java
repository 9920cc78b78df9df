package cn.gov.zhangping.fertility.childcare.standards.domain;

import java.time.LocalDate;

import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * The age below which a child counts for childcare slot planning: "3岁以下婴幼儿" (漳政办规〔2023〕2号 二(三)9,
 * indicator 12). A child is under the limit on a date when it was born on or before that date and the date is
 * before the birthday on which it reaches the limit.
 * <p>
 * Ages follow the suite's one rule ({@link Ages}): a child born on 29 February reaches the limit on 1 March when
 * the year of that birthday is not a leap year, so it is still counted on 28 February.
 *
 * @param years  the limit in whole years
 * @param source the section of the plan the limit comes from
 */
public record AgeLimit(int years, String source) {

    public AgeLimit {
        if (years < 1) {
            throw new IllegalArgumentException("an age limit is at least one year");
        }
    }

    /** The birthday on which a child born on {@code birthDate} is no longer under the limit. */
    public LocalDate reachedOn(LocalDate birthDate) {
        return Ages.dayReaching(birthDate, years * 12);
    }

    /** Whether a child born on {@code birthDate} is under the limit on {@code date}. */
    public boolean isUnder(LocalDate birthDate, LocalDate date) {
        return !birthDate.isAfter(date) && date.isBefore(reachedOn(birthDate));
    }

    /**
     * The earliest date of birth of a child still under the limit on {@code date}. Children under the limit on
     * {@code date} are exactly those born from this day to {@code date}, both included, because the birthday on
     * which the limit is reached never comes earlier for a later date of birth.
     */
    public LocalDate earliestBirthDateUnderOn(LocalDate date) {
        // born exactly `years` earlier (or on 28 February for a date of 29 February): the limit is reached by `date`
        LocalDate birthDate = date.minusYears(years);
        while (!date.isBefore(reachedOn(birthDate))) {
            birthDate = birthDate.plusDays(1);
        }
        return birthDate;
    }
}
