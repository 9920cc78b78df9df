package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;

/**
 * The fee reduction of plan task 8 (漳政办规〔2023〕2号 二(三)8): at a public inclusive nursery (公办普惠性托育机构) a
 * third or later child pays half (THIRD_OR_LATER_CHILD) and a child re-born into a family-planning special family
 * pays nothing (SPECIAL_FAMILY_REBORN); when both apply the larger reduction does. Elsewhere, or when the child's
 * facts are not known, nothing is reduced. The ratios are the seeded rules'; amounts are yuan, two decimals, half up.
 * <p>
 * While the child's registration is under review (its latest birth event said {@code reviewPending}: the birth order
 * or the special-family fact is doubtful, plan task 2) a reduction the facts would give is <em>held</em>: the full
 * fee is charged and nothing is published as reduced until the review or a correction settles the facts, when the
 * enrolment is re-priced. Public money (the 2:8 split benefit-service books) is not spent on facts a reviewer may
 * still overturn, as benefit-service holds the entitlements of such a registration; the family is at most asked for
 * the difference for the months of the review, which benefit-service can repay from the enrolment's start date.
 */
public final class FeePolicy {

    /** The fee of an enrolment: the nursery's monthly fee, the ratio reduced, what the family pays, and why. */
    public record Fee(BigDecimal monthlyFee, BigDecimal reductionRatio, BigDecimal reducedFee, String source, boolean held) {

        public Fee(BigDecimal monthlyFee, BigDecimal reductionRatio, BigDecimal reducedFee, String source) {
            this(monthlyFee, reductionRatio, reducedFee, source, false);
        }
    }

    private FeePolicy() {
    }

    public static Fee decide(InstitutionKind kind, BigDecimal monthlyFee, Integer birthOrder, Boolean specialFamily,
                             Map<String, FeeReductionRule> rules) {
        return decide(kind, monthlyFee, birthOrder, specialFamily, false, rules);
    }

    /** As above; {@code underReview}: a reduction the facts give is held (full fee, ratio 0, {@code held}). */
    public static Fee decide(InstitutionKind kind, BigDecimal monthlyFee, Integer birthOrder, Boolean specialFamily,
                             boolean underReview, Map<String, FeeReductionRule> rules) {
        BigDecimal fee = monthlyFee.setScale(2, RoundingMode.HALF_UP);
        FeeReductionRule rule = null;
        if (kind == InstitutionKind.PUBLIC_INCLUSIVE) {
            if (Boolean.TRUE.equals(specialFamily)) {
                rule = rules.get(FeeReductionRule.SPECIAL_FAMILY_REBORN);
            }
            FeeReductionRule third = birthOrder != null && birthOrder >= 3 ? rules.get(FeeReductionRule.THIRD_OR_LATER_CHILD) : null;
            if (third != null && (rule == null || third.ratio.compareTo(rule.ratio) > 0)) {
                rule = third;
            }
        }
        if (rule == null) {
            return new Fee(fee, BigDecimal.ZERO.setScale(2), fee, null);
        }
        if (underReview) {
            return new Fee(fee, BigDecimal.ZERO.setScale(2), fee, null, true);
        }
        BigDecimal ratio = rule.ratio.setScale(2, RoundingMode.HALF_UP);
        BigDecimal pays = fee.subtract(fee.multiply(ratio)).setScale(2, RoundingMode.HALF_UP);
        return new Fee(fee, ratio, pays, rule.source);
    }
}
