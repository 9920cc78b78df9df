package cn.gov.zhangping.fertility.childcare.coverage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CoveragePolicyTest {

    private static final BigDecimal MIN = new BigDecimal("20000");

    @Test
    void aTownshipOf19999IsNotInIndicator14sDenominatorAndOneOf20000Is() {
        assertThat(CoveragePolicy.mustOfferInclusive(19_999, MIN)).isFalse();
        assertThat(CoveragePolicy.mustOfferInclusive(20_000, MIN)).isTrue();
        assertThat(CoveragePolicy.mustOfferInclusive(0, MIN)).isFalse();
    }

    @Test
    void slotsPer1000AndTheTargetOf4Point5() {
        assertThat(CoveragePolicy.slotsPer1000(1116, 248_000)).isEqualByComparingTo("4.50");
        assertThat(CoveragePolicy.slotsPer1000(1115, 248_000)).isEqualByComparingTo("4.50"); // 4.4959… rounds half up
        assertThat(CoveragePolicy.slotsPer1000(1114, 248_000)).isEqualByComparingTo("4.49");
        assertThat(CoveragePolicy.reaches(CoveragePolicy.slotsPer1000(1116, 248_000), new BigDecimal("4.5"))).isTrue();
        assertThat(CoveragePolicy.reaches(CoveragePolicy.slotsPer1000(1114, 248_000), new BigDecimal("4.5"))).isFalse();
        assertThat(CoveragePolicy.slotsPer1000(10, 0)).isNull();
        assertThat(CoveragePolicy.reaches(null, new BigDecimal("4.5"))).isFalse();
    }

    @Test
    void theInclusiveShareAndTheTargetOf60Percent() {
        assertThat(CoveragePolicy.inclusiveSharePercent(60, 100)).isEqualByComparingTo("60.0");
        assertThat(CoveragePolicy.inclusiveSharePercent(599, 1000)).isEqualByComparingTo("59.9");
        assertThat(CoveragePolicy.reaches(CoveragePolicy.inclusiveSharePercent(60, 100), new BigDecimal("60"))).isTrue();
        assertThat(CoveragePolicy.reaches(CoveragePolicy.inclusiveSharePercent(599, 1000), new BigDecimal("60"))).isFalse();
        assertThat(CoveragePolicy.inclusiveSharePercent(0, 0)).isNull();
    }
}
