package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CostSplitTest {

    private static final CostSplit LONGYAN_ZHANGPING = new CostSplit(List.of(
            new CostSplit.Share("LONGYAN_PREFECTURE_FINANCE", 2), new CostSplit.Share("ZHANGPING_CITY_FINANCE", 8)));

    @Test
    void twoToEightOfRoundAmounts() {
        assertThat(yuan(LONGYAN_ZHANGPING.split(Fen.ofYuan(new BigDecimal("450.00")))))
                .containsExactly("90.00", "360.00");
    }

    @Test
    void theOddFenGoesToTheLargestRemainder() {
        // 0.01 × 2/10 = 0.002 (remainder 2), 0.01 × 8/10 = 0.008 (remainder 8): the fen goes to the city
        assertThat(yuan(LONGYAN_ZHANGPING.split(Fen.ofYuan(new BigDecimal("0.01"))))).containsExactly("0.00", "0.01");
        // 12.33: 2.466 and 9.864, rounded down 2.46 and 9.86, the fen left goes to Longyan (remainder 6 > 4)
        assertThat(yuan(LONGYAN_ZHANGPING.split(Fen.ofYuan(new BigDecimal("12.33"))))).containsExactly("2.47", "9.86");
        assertThat(yuan(LONGYAN_ZHANGPING.split(Fen.ofYuan(new BigDecimal("0.05"))))).containsExactly("0.01", "0.04");
    }

    @Test
    void equalRemaindersGoToTheLargerShareThenTheFirstListed() {
        CostSplit halves = new CostSplit(List.of(new CostSplit.Share("A", 1), new CostSplit.Share("B", 1)));
        assertThat(yuan(halves.split(new Fen(1)))).containsExactly("0.01", "0.00");
        CostSplit thirds = new CostSplit(List.of(new CostSplit.Share("A", 1), new CostSplit.Share("B", 2)));
        // 0.02 × 1/3 = 0.00667, × 2/3 = 0.01333: remainders 2 and 1 of 3, so A gets the fen left over
        assertThat(yuan(thirds.split(new Fen(2)))).containsExactly("0.01", "0.01");
    }

    @Test
    void aRefundIsSplitLikeAPayment() {
        assertThat(yuan(LONGYAN_ZHANGPING.split(new Fen(-1233)))).containsExactly("-2.47", "-9.86");
    }

    @Property
    void thePartsAlwaysAddUpToTheAmount(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long fen,
            @ForAll @IntRange(min = 1, max = 97) int a, @ForAll @IntRange(min = 1, max = 97) int b,
            @ForAll @IntRange(min = 1, max = 97) int c) {
        CostSplit split = new CostSplit(List.of(new CostSplit.Share("A", a), new CostSplit.Share("B", b),
                new CostSplit.Share("C", c)));
        List<CostSplit.Part> parts = split.split(new Fen(fen));
        assertThat(parts.stream().mapToLong(p -> p.amount().value()).sum()).isEqualTo(fen);
        for (int i = 0; i < parts.size(); i++) {
            double exact = (double) fen * split.shares().get(i).parts() / split.totalParts();
            assertThat(Math.abs(parts.get(i).amount().value() - exact)).isLessThan(1.0);
        }
    }

    private static List<String> yuan(List<CostSplit.Part> parts) {
        return parts.stream().map(p -> p.amount().yuan().toPlainString()).toList();
    }
}
