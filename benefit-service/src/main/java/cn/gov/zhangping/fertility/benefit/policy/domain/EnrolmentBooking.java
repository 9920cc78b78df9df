package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Books the childcare fee reduction (漳政办规〔2023〕2号 二(三)8) from a child's enrolments. Pure.
 * <ol>
 * <li>Whether the child is entitled, and under which version and line of terms, is {@link Entitling}'s answer from the
 *     child's facts (third and later child 50%, special-family re-birth 100%; under 3; the version in force). A child
 *     not entitled, or held for a review, stays so whatever its enrolments.</li>
 * <li>Only enrolments at public inclusive nurseries count. With none, the answer is the child's entitlement as the facts
 *     give it (the reduction it will have when enrolled), without amounts.</li>
 * <li>Otherwise the periods are the enrolments' days within the entitled periods; a month is due when its last day
 *     falls in one (the catalogue's rule for monthly benefits, {@link DueMonths}), so a month is booked once even when
 *     the child changes nursery within it. The monthly reduction is the part of the monthly fee the line's percentage
 *     waives, rounded as the nursery rounds what the family pays: the family pays {@code fee × (100 − percent) %}
 *     rounded half up to the fen, and the reduction is the rest (1,200.01 yuan at 50%: the family pays 600.01, the
 *     reduction is 600.00), so the reduction always matches the nursery's bill.</li>
 * <li>The date decides the state as for every benefit; after the last booked month, when every enrolment has ended,
 *     the reason is {@link DeterminationReason#ENROLMENT_ENDED}. Enrolments wholly outside the entitled periods book
 *     nothing: {@code NOT_ELIGIBLE}, {@link DeterminationReason#NOT_ENROLLED_IN_PERIOD}.</li>
 * </ol>
 */
public final class EnrolmentBooking {

    private EnrolmentBooking() {
    }

    public static Determination book(Determination entitled, List<Enrolled> enrolments, LocalDate asOf) {
        List<Enrolled> counted = enrolments.stream().filter(Enrolled::publicInclusive)
                .sorted(Comparator.comparing(Enrolled::start)).toList();
        if (counted.isEmpty() || entitled.state() == EntitlementState.NOT_ELIGIBLE
                || entitled.state() == EntitlementState.HELD) {
            return entitled;
        }
        List<Determination.Period> periods = new ArrayList<>();
        for (Determination.Period p : entitled.periods()) {
            for (Enrolled e : counted) {
                LocalDate from = e.start().isAfter(p.from()) ? e.start() : p.from();
                LocalDate to = earlier(p.to(), e.end());
                if (to == null || to.isBefore(from) || DueMonths.count(from, to) == 0) {
                    continue;
                }
                int months = DueMonths.count(from, to);
                Fen monthly = reduction(e.monthlyFee(), p.tier());
                periods.add(new Determination.Period(p.version(), from, to, p.tier(), p.source(), months,
                        new Fen(Math.multiplyExact(monthly.value(), (long) months)), monthly));
            }
        }
        if (periods.isEmpty()) {
            return new Determination(entitled.code(), EntitlementState.NOT_ELIGIBLE,
                    DeterminationReason.NOT_ENROLLED_IN_PERIOD, List.of(), null);
        }
        periods.sort(Comparator.comparing(Determination.Period::from));
        Determination byDate = Entitling.byDate(entitled.code(), periods, asOf);
        if (byDate.state() == EntitlementState.ENDED && counted.stream().allMatch(Enrolled::ended)) {
            return new Determination(byDate.code(), EntitlementState.ENDED, DeterminationReason.ENROLMENT_ENDED,
                    periods, null);
        }
        return byDate;
    }

    /** The part of {@code fee} a line's percentage waives: the fee less what the family pays, rounded half up. */
    static Fen reduction(Fen fee, Tier tier) {
        if (tier.percent() == null) {
            return Fen.ZERO;
        }
        return fee.minus(fee.percent(java.math.BigDecimal.valueOf(100).subtract(tier.percent())));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
