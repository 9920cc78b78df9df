package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import org.junit.jupiter.api.Test;

class FeePolicyTest {

    private static final Map<String, FeeReductionRule> RULES = Map.of(
            FeeReductionRule.THIRD_OR_LATER_CHILD, new FeeReductionRule(FeeReductionRule.THIRD_OR_LATER_CHILD, new BigDecimal("0.50"), "task 8 third"),
            FeeReductionRule.SPECIAL_FAMILY_REBORN, new FeeReductionRule(FeeReductionRule.SPECIAL_FAMILY_REBORN, new BigDecimal("1.00"), "task 8 special"));

    private static FeePolicy.Fee fee(InstitutionKind kind, String monthly, Integer order, Boolean special) {
        return FeePolicy.decide(kind, new BigDecimal(monthly), order, special, RULES);
    }

    @Test
    void aSecondChildPaysTheFullFeeAndAThirdHalf() {
        FeePolicy.Fee second = fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 2, false);
        assertThat(second.reductionRatio()).isEqualByComparingTo("0");
        assertThat(second.reducedFee()).isEqualByComparingTo("1200.00");
        assertThat(second.source()).isNull();
        FeePolicy.Fee third = fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 3, false);
        assertThat(third.reductionRatio()).isEqualByComparingTo("0.50");
        assertThat(third.reducedFee()).isEqualByComparingTo("600.00").hasScaleOf(2);
        assertThat(third.source()).isEqualTo("task 8 third");
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 7, false).reducedFee()).isEqualByComparingTo("600.00");
    }

    @Test
    void aChildReBornIntoASpecialFamilyPaysNothingAlsoWhenThird() {
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 1, true).reducedFee()).isEqualByComparingTo("0.00");
        FeePolicy.Fee both = fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 3, true);
        assertThat(both.reductionRatio()).isEqualByComparingTo("1.00");
        assertThat(both.reducedFee()).isEqualByComparingTo("0.00");
        assertThat(both.source()).isEqualTo("task 8 special");
    }

    @Test
    void onlyPublicInclusiveNurseriesReduce() {
        for (InstitutionKind kind : InstitutionKind.values()) {
            if (kind != InstitutionKind.PUBLIC_INCLUSIVE) {
                FeePolicy.Fee f = fee(kind, "1500", 3, true);
                assertThat(f.reductionRatio()).as(kind.name()).isEqualByComparingTo("0");
                assertThat(f.reducedFee()).as(kind.name()).isEqualByComparingTo("1500.00");
            }
        }
    }

    @Test
    void halfOfAnOddFenRoundsHalfUpAndUnknownFactsReduceNothing() {
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "999.99", 3, false).reducedFee()).isEqualByComparingTo("500.00");
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "0.01", 3, false).reducedFee()).isEqualByComparingTo("0.01");
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", null, null).reducedFee()).isEqualByComparingTo("1200.00");
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "0", 3, true).reducedFee()).isEqualByComparingTo("0.00");
    }

    @Test
    void aReductionIsHeldWhileTheRegistrationIsUnderReviewAndNothingElseIs() {
        FeePolicy.Fee held = FeePolicy.decide(InstitutionKind.PUBLIC_INCLUSIVE, new BigDecimal("1200"), 3, false, true, RULES);
        assertThat(held.held()).isTrue();
        assertThat(held.reductionRatio()).isEqualByComparingTo("0");
        assertThat(held.reducedFee()).isEqualByComparingTo("1200.00");
        assertThat(held.source()).isNull();
        // no reduction to hold: a second child, or a nursery that does not reduce
        assertThat(FeePolicy.decide(InstitutionKind.PUBLIC_INCLUSIVE, new BigDecimal("1200"), 2, false, true, RULES).held()).isFalse();
        assertThat(FeePolicy.decide(InstitutionKind.PRIVATE_INCLUSIVE, new BigDecimal("1200"), 3, true, true, RULES).held()).isFalse();
        assertThat(fee(InstitutionKind.PUBLIC_INCLUSIVE, "1200", 3, false).held()).isFalse();
    }
}
