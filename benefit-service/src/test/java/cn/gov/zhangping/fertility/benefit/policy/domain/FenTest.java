package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FenTest {

    @Test
    void yuanWithTwoDecimalsAtMost() {
        assertThat(Fen.ofYuan(new BigDecimal("20000")).value()).isEqualTo(2_000_000);
        assertThat(Fen.ofYuan(new BigDecimal("0.10")).value()).isEqualTo(10);
        assertThat(Fen.ofYuan(new BigDecimal("1.500")).value()).isEqualTo(150);
        assertThatThrownBy(() -> Fen.ofYuan(new BigDecimal("0.005"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareAndPercentRoundHalfUpToTheFen() {
        assertThat(Fen.ofYuan(3600).times(1, 12).yuan()).isEqualByComparingTo("300.00");
        assertThat(new Fen(1).percent(new BigDecimal("50")).value()).isEqualTo(1);
        assertThat(new Fen(3).percent(new BigDecimal("50")).value()).isEqualTo(2);
        assertThat(new Fen(1000).times(1, 3).value()).isEqualTo(333);
        assertThat(new Fen(2000).times(1, 3).value()).isEqualTo(667);
        assertThat(new Fen(123_45).yuan().toPlainString()).isEqualTo("123.45");
    }
}
