package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Months due in a period: a month is due when its last day falls in the period. For a child's age this is the
 * national rule for the infant-care tax deduction, "from the month of birth to the month before the month in which
 * the child turns 3" (国发〔2022〕8号; 个人所得税专项附加扣除操作办法): born 15 March 2025, due March 2025 to February
 * 2028, 36 months. The same rule places each month under one version: the one in force on the month's last day.
 * <p>
 * Put another way, a child's due months are the 36 calendar months from its birth month. The two readings differ for a
 * child born on 29 February only: it turns 3 on 1 March (platform {@code Ages}), which would make 37 months "before
 * the birthday month". No child has more months than its age window is long ("每年3600元直至3周岁": 3 years of 12
 * months), so {@link #lastDueDay} drops the months beyond it from the end: born 29 February 2024, February 2024 to
 * January 2027.
 */
public final class DueMonths {

    private DueMonths() {
    }

    /**
     * The last day of an age window {@code from}–{@code to} whose months are due, so that at most {@code maxMonths}
     * are: {@code to} itself, or the end of an earlier month when the window holds more due months than that.
     */
    public static LocalDate lastDueDay(LocalDate from, LocalDate to, int maxMonths) {
        int surplus = count(from, to) - maxMonths;
        if (surplus <= 0) {
            return to;
        }
        YearMonth last = YearMonth.from(to);
        if (!to.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        return last.minusMonths(surplus).atEndOfMonth();
    }

    /** Months whose last day is within {@code from}–{@code to}, both inclusive. */
    public static int count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (!to.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        return last.isBefore(first) ? 0 : (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }
}
