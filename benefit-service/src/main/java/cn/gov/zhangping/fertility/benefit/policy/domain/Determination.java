package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule says for one child on one date: the state, the reason, the periods in which it is due (each under
 * one version, with the line of terms that applies), and the next date at which the state changes.
 *
 * @param nextMilestone the next date the state changes by time alone (a start, an end), or null
 */
public record Determination(PolicyCode code, EntitlementState state, DeterminationReason reason,
        List<Period> periods, LocalDate nextMilestone) {

    public Determination {
        periods = List.copyOf(periods);
    }

    /**
     * A part of the benefit's period under one version. {@code to} null: open. {@code months} and {@code amount}
     * for a benefit due per month (a month is due when its last day falls in the period; null otherwise);
     * {@code monthly} the amount of each of those months when it is not the line's own amount (a fee reduction booked
     * from an enrolment), else null.
     */
    public record Period(int version, LocalDate from, LocalDate to, Tier tier, String source, Integer months,
            Fen amount, Fen monthly) {

        public Period(int version, LocalDate from, LocalDate to, Tier tier, String source, Integer months, Fen amount) {
            this(version, from, to, tier, source, months, amount, null);
        }
    }

    /** What every benefit is for a birth whose registration was cancelled. */
    public static Determination cancelled(PolicyCode code) {
        return new Determination(code, EntitlementState.NOT_ELIGIBLE, DeterminationReason.REGISTRATION_CANCELLED,
                List.of(), null);
    }

    /** The period in force on {@code day}, else the next one, else the last; null when there is none. */
    public Period periodAround(LocalDate day) {
        Period last = null;
        for (Period p : periods) {
            if (p.to() == null || !day.isAfter(p.to())) {
                return p;
            }
            last = p;
        }
        return last;
    }

    /**
     * What is due for {@code month} of a benefit due per month: the amount of the month of the period whose days
     * include the month's last day (a month is due when its last day is in the period), or null when none is.
     */
    public Fen dueInMonth(java.time.YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        for (Period p : periods) {
            if (p.months() != null && p.months() > 0 && p.amount() != null && !last.isBefore(p.from())
                    && (p.to() == null || !last.isAfter(p.to()))) {
                return p.monthly() != null ? p.monthly() : p.amount().times(1, p.months());
            }
        }
        return null;
    }

    public Fen totalAmount() {
        Fen total = Fen.ZERO;
        for (Period p : periods) {
            if (p.amount() != null) {
                total = total.plus(p.amount());
            }
        }
        return total;
    }
}
