package cn.gov.zhangping.fertility.benefit.budget.domain;

import java.time.LocalDate;

import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.DueMonths;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;

/**
 * What a child's period of a benefit due per month costs in one calendar year. Pure. A month is due when its last
 * day is in the period ({@link DueMonths}); the months of a period are counted from its start, so that the months
 * {@link cn.gov.zhangping.fertility.benefit.policy.domain.Entitling} drops from the end of an age window (a child born
 * on 29 February) are dropped here too: the months due in a year are those due up to its last day less those due
 * before its first day, each at the period's monthly amount (its amount over its months, in fen).
 */
public final class YearCost {

    private YearCost() {
    }

    /** The months of {@code period} due in {@code year}; 0 for a period with no months. */
    public static int monthsIn(Determination.Period period, int year) {
        if (period.months() == null || period.months() == 0) {
            return 0;
        }
        return dueThrough(period, LocalDate.of(year, 12, 31)) - dueThrough(period, LocalDate.of(year - 1, 12, 31));
    }

    /** What {@code period} costs in {@code year}, in fen: its monthly amount times its months in the year. */
    public static Fen of(Determination.Period period, int year) {
        int months = monthsIn(period, year);
        if (months == 0 || period.amount() == null) {
            return Fen.ZERO;
        }
        return period.amount().times(months, period.months());
    }

    private static int dueThrough(Determination.Period period, LocalDate day) {
        LocalDate end = period.to() != null && period.to().isBefore(day) ? period.to() : day;
        return Math.min(period.months(), DueMonths.count(period.from(), end));
    }
}
