package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * Decides, from the catalogue alone, where a child's family stands with a benefit on a date. Pure: the same
 * policy, versions, facts and date always give the same answer.
 * <ol>
 * <li>For each version, the child's period is its age window (from the day it reaches {@code ageFromMonths} to the
 *     day before it reaches {@code ageToMonths}; from birth and open when the version sets no age) cut to the
 *     version's own period. So a child born before the plan has what falls within the plan's period, and a child
 *     born under the plan has nothing from a version that has ended.</li>
 * <li>A version for girls only gives nothing to a boy; otherwise the most favourable line of its terms that holds for
 *     the child applies, if any.</li>
 * <li>With no period left: {@code NOT_ELIGIBLE}, because of the sex, the condition, or the dates (the policy
 *     period ended, had not begun, or a gap between versions).</li>
 * <li>A registration under review holds every benefit whose terms depend on birth order or special-family status
 *     ({@code HELD}).</li>
 * <li>Otherwise the date decides: {@code UPCOMING} before the first period, {@code ACTIVE} within one,
 *     {@code ENDED} after the last (between two periods: {@code UPCOMING}, with the next start).</li>
 * </ol>
 */
public final class Entitling {

    private Entitling() {
    }

    public static Determination determine(Policy policy, Timeline timeline, ChildFacts child, LocalDate asOf) {
        if (!policy.decidedByChild()) {
            return new Determination(policy.code(), EntitlementState.NOT_ELIGIBLE,
                    DeterminationReason.DECIDED_BY_HOUSEHOLD_REVIEW, List.of(), null);
        }
        List<Determination.Period> periods = new ArrayList<>();
        boolean inWindow = false;
        boolean wrongSex = false;
        boolean held = false;
        LocalDate windowStart = null;
        for (PolicyVersion version : timeline.versions()) {
            LocalDate from = version.ageFromMonths() == null ? child.birthDate()
                    : Ages.dayReaching(child.birthDate(), version.ageFromMonths());
            LocalDate to = version.ageToMonths() == null ? null : Ages.lastDayBefore(child.birthDate(), version.ageToMonths());
            windowStart = windowStart == null || from.isBefore(windowStart) ? from : windowStart;
            Optional<Timeline.Segment> segment = timeline.segments(from, to).stream()
                    .filter(s -> s.version() == version).findFirst();
            if (segment.isEmpty()) {
                continue;
            }
            inWindow = true;
            if (version.femaleOnly() && !child.female()) {
                wrongSex = true;
                continue;
            }
            held |= child.reviewPending() && version.dependsOnReviewedFacts();
            Optional<Tier> tier = version.tierFor(child);
            if (tier.isPresent()) {
                LocalDate lastDue = to == null || version.ageFromMonths() == null ? to
                        : DueMonths.lastDueDay(from, to, version.ageToMonths() - version.ageFromMonths());
                periods.add(period(policy, version, segment.get(), tier.get(), lastDue));
            }
        }
        if (held) {
            return new Determination(policy.code(), EntitlementState.HELD, DeterminationReason.REVIEW_PENDING, periods, null);
        }
        if (periods.isEmpty()) {
            return new Determination(policy.code(), EntitlementState.NOT_ELIGIBLE,
                    notEligibleBecause(timeline, inWindow, wrongSex, windowStart), List.of(), null);
        }
        return byDate(policy.code(), periods, asOf);
    }

    /** The period of a segment; for a benefit due per month, the months due up to {@code lastDue} and their amount. */
    private static Determination.Period period(Policy policy, PolicyVersion version, Timeline.Segment segment, Tier tier,
            LocalDate lastDue) {
        Integer months = null;
        Fen amount = null;
        if (policy.monthly() && segment.to() != null && tier.amount() != null) {
            months = DueMonths.count(segment.from(),
                    lastDue != null && lastDue.isBefore(segment.to()) ? lastDue : segment.to());
            Fen perMonth = policy.unit() == AmountUnit.YUAN_PER_YEAR ? tier.amount().times(1, 12) : tier.amount();
            amount = new Fen(Math.multiplyExact(perMonth.value(), (long) months));
        }
        return new Determination.Period(version.number(), segment.from(), segment.to(), tier, version.source(), months,
                amount);
    }

    private static DeterminationReason notEligibleBecause(Timeline timeline, boolean inWindow, boolean wrongSex,
            LocalDate windowStart) {
        if (wrongSex) {
            return DeterminationReason.GIRLS_ONLY;
        }
        if (inWindow) {
            return DeterminationReason.CONDITION_NOT_MET;
        }
        if (windowStart != null && timeline.endedBefore(windowStart)) {
            return DeterminationReason.POLICY_PERIOD_ENDED;
        }
        if (windowStart != null && timeline.beginsAfter(windowStart)) {
            return DeterminationReason.BEFORE_POLICY_PERIOD;
        }
        return DeterminationReason.NO_VERSION_IN_FORCE;
    }

    static Determination byDate(PolicyCode code, List<Determination.Period> periods, LocalDate asOf) {
        for (Determination.Period p : periods) {
            if (asOf.isBefore(p.from())) {
                return new Determination(code, EntitlementState.UPCOMING, DeterminationReason.STARTS_LATER, periods,
                        p.from());
            }
            if (p.to() == null || !asOf.isAfter(p.to())) {
                return new Determination(code, EntitlementState.ACTIVE, DeterminationReason.IN_PERIOD, periods,
                        p.to() == null ? null : p.to().plusDays(1));
            }
        }
        return new Determination(code, EntitlementState.ENDED, DeterminationReason.PERIOD_OVER, periods, null);
    }
}
