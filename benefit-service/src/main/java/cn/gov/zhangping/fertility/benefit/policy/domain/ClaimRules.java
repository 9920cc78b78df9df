package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a claim for a benefit the family applies for gives, from the catalogue alone (漳政办规〔2023〕2号 二(四)12).
 * Pure: the same versions, facts and evidence always give the same answer.
 * <ul>
 * <li>Home purchase subsidy (三孩家庭购房补贴): the version in force on the purchase contract's date
 *     ({@link VersionDate#CLAIM_DATE}) decides; the family has a child of the line's birth order (three-child family:
 *     3) born on or before the contract date (生育三孩家庭 … 购买: a family that has its third child when it buys), and
 *     the home is new commercial housing (新建商品住房). It gives the line's amount once.</li>
 * <li>Rent withdrawal limit (租房提取限额): each month claimed falls under the version in force on its last day; the
 *     family has a second (800 yuan a month) or third child (1,000) born by then and no home of its own where the
 *     fund is paid (无自有住房). It gives the sum of the months' limits.</li>
 * <li>Loan ceiling increase and public rental priority: the version in force on the application's date; see
 *     {@link #loanCeiling} and {@link #rentalPriority}.</li>
 * </ul>
 * A child under review (birth order or special-family status not yet confirmed) cannot found a claim until the review.
 */
public final class ClaimRules {

    /** At most this many months in one rent claim (a year). */
    public static final int MAX_RENT_MONTHS = 12;

    private ClaimRules() {
    }

    /**
     * The answer: either what is due (version of the claim date, amount, and for rent the first month's limit and the
     * number of months), or why not ({@code refusal}: a stable code and a message without personal data).
     */
    public record Decision(Integer version, Fen amount, Fen monthly, Integer months, String refusal, String reason) {

        static Decision due(int version, Fen amount, Fen monthly, Integer months) {
            return new Decision(version, amount, monthly, months, null, null);
        }

        static Decision refused(String refusal, String reason) {
            return new Decision(null, null, null, null, refusal, reason);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    public static Decision homePurchase(Timeline timeline, ChildFacts child, LocalDate contractDate,
            boolean newCommercialHousing) {
        if (!newCommercialHousing) {
            return Decision.refused("condition-not-met", "the subsidy is for new commercial housing (新建商品住房) only");
        }
        return onDate(timeline, child, contractDate, "the purchase contract", "the subsidy");
    }

    /**
     * Loan ceiling increase (住房公积金贷款额度上浮): the version in force on the loan application's date decides; the
     * family has a second (+150,000 yuan) or third child (+250,000) born by then and buys its first self-occupied home
     * (首套自住住房). It gives the increase of the ceiling: a loan limit, not money paid.
     */
    public static Decision loanCeiling(Timeline timeline, ChildFacts child, LocalDate applicationDate,
            boolean firstSelfOccupiedHome) {
        if (!firstSelfOccupiedHome) {
            return Decision.refused("condition-not-met",
                    "the raised ceiling is for the family's first self-occupied home (首套自住住房) only");
        }
        return onDate(timeline, child, applicationDate, "the loan application", "the increase");
    }

    /**
     * Public rental housing priority (公租房优先保障): the version in force on the application's date decides; a
     * three-child family or a special family (the child's facts) has priority under equal conditions. It gives no
     * amount.
     */
    public static Decision rentalPriority(Timeline timeline, ChildFacts child, LocalDate applicationDate) {
        Decision d = onDate(timeline, child, applicationDate, "the application", "the priority");
        return d.refused() ? d : Decision.due(d.version(), Fen.ZERO, null, null);
    }

    /** The line of the version in force on {@code day} for a child born by then; its amount (null: none). */
    private static Decision onDate(Timeline timeline, ChildFacts child, LocalDate day, String what, String benefit) {
        if (day.isBefore(child.birthDate())) {
            return Decision.refused("condition-not-met", what + " precedes the child's birth");
        }
        Optional<PolicyVersion> version = timeline.inForceOn(day);
        if (version.isEmpty()) {
            return Decision.refused("no-version-in-force", "no version of " + benefit + " is in force on " + day
                    + " (policy period ended or not begun)");
        }
        Decision refused = refusal(version.get(), child);
        if (refused != null) {
            return refused;
        }
        Tier tier = version.get().tierFor(child).orElseThrow();
        return Decision.due(version.get().number(), tier.amount(), null, null);
    }

    public static Decision rentWithdrawal(Timeline timeline, ChildFacts child, YearMonth from, YearMonth to,
            boolean noOwnHome) {
        if (!noOwnHome) {
            return Decision.refused("condition-not-met",
                    "the raised limit is for a family with no home of its own where the fund is paid (无自有住房)");
        }
        Fen total = Fen.ZERO;
        Integer first = null;
        Fen firstMonthly = null;
        int months = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate day = m.atEndOfMonth();
            if (day.isBefore(child.birthDate())) {
                return Decision.refused("condition-not-met", "month " + m + " ends before the child's birth");
            }
            Optional<PolicyVersion> version = timeline.inForceOn(day);
            if (version.isEmpty()) {
                return Decision.refused("no-version-in-force", "no version of the limit is in force in " + m
                        + " (policy period ended or not begun)");
            }
            Decision refused = refusal(version.get(), child);
            if (refused != null) {
                return refused;
            }
            Fen monthly = version.get().tierFor(child).orElseThrow().amount();
            if (first == null) {
                first = version.get().number();
                firstMonthly = monthly;
            }
            total = total.plus(monthly);
            months++;
        }
        return Decision.due(first, total, firstMonthly, months);
    }

    private static Decision refusal(PolicyVersion version, ChildFacts child) {
        if (child.reviewPending() && version.dependsOnReviewedFacts()) {
            return Decision.refused("registration-under-review",
                    "the child's birth order or special-family status awaits a review");
        }
        if (version.tierFor(child).isEmpty()) {
            return Decision.refused("condition-not-met",
                    "the child's birth order does not meet the rule's (e.g. a three-child family for the home subsidy)");
        }
        return null;
    }
}
