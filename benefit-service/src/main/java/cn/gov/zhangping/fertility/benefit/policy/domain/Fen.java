package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in fen (分, 0.01 yuan), the smallest unit paid. Amounts are computed in whole fen so that a
 * split or a sum never creates or loses a fen; the API shows yuan with two decimals.
 */
public record Fen(long value) implements Comparable<Fen> {

    public static final Fen ZERO = new Fen(0);

    /** Yuan with at most two decimals; more decimals are not an amount that can be paid. */
    public static Fen ofYuan(BigDecimal yuan) {
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimals (fen): " + yuan.toPlainString());
        }
        return new Fen(yuan.movePointRight(2).longValueExact());
    }

    public static Fen ofYuan(long yuan) {
        return new Fen(Math.multiplyExact(yuan, 100));
    }

    /** {@code this × numerator ÷ denominator}, rounded half up to the fen (a 50% reduction of 0.01 yuan is 0.01). */
    public Fen times(long numerator, long denominator) {
        return new Fen(BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** {@code this × percent ÷ 100}, rounded half up to the fen. */
    public Fen percent(BigDecimal percent) {
        return new Fen(BigDecimal.valueOf(value).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }

    public Fen minus(Fen other) {
        return new Fen(Math.subtractExact(value, other.value));
    }

    public boolean isNegative() {
        return value < 0;
    }

    /** In yuan with two decimals, as the API shows it. */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(value, 2);
    }

    @Override
    public int compareTo(Fen other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return yuan().toPlainString() + " yuan";
    }
}
