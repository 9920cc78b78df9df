package cn.gov.zhangping.fertility.indicator.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.zhangping.fertility.indicator.values.domain.Suppression;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static List<Integer> hidden(int threshold, Long... counts) {
        return Suppression.hiddenIndexes(Suppression.suppress(List.of(counts), threshold));
    }

    @Test
    void nothingSmallNothingHidden() {
        assertThat(hidden(5, 10L, 0L, 5L, 300L)).isEmpty();
    }

    @Test
    void zeroIsShown() {
        assertThat(Suppression.isSmall(0, 5)).isFalse();
        assertThat(Suppression.isSmall(1, 5)).isTrue();
        assertThat(Suppression.isSmall(4, 5)).isTrue();
        assertThat(Suppression.isSmall(5, 5)).isFalse();
    }

    @Test
    void oneSmallCellTakesTheSmallestPositiveOtherCellWithIt() {
        // 3 alone would be the total minus the rest; 0 hides nothing, so the complement is the 7
        assertThat(hidden(5, 3L, 0L, 40L, 7L, 12L)).containsExactly(0, 3);
    }

    @Test
    void twoSmallCellsThatTogetherStayBelowTheThresholdTakeAThird() {
        assertThat(hidden(5, 1L, 2L, 9L, 30L)).containsExactly(0, 1, 2);
    }

    @Test
    void twoSmallCellsThatTogetherReachTheThresholdNeedNoComplement() {
        assertThat(hidden(5, 3L, 4L, 90L)).containsExactly(0, 1);
    }

    @Test
    void aSmallCellWithNothingToHideInIsHiddenAlone() {
        assertThat(hidden(5, 2L, 0L, 0L)).containsExactly(0);
    }

    @Test
    void theThresholdIsAParameter() {
        assertThat(hidden(10, 7L, 8L, 100L)).containsExactly(0, 1);
        assertThat(hidden(3, 7L, 8L, 100L)).isEmpty();
    }
}
