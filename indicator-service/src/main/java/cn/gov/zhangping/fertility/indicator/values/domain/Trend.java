package cn.gov.zhangping.fertility.indicator.values.domain;

/** The value against the previous year's. */
public enum Trend {
    RISING, FALLING, STEADY, UNKNOWN;

    public static Trend of(Double previous, Double current) {
        if (previous == null || current == null) {
            return UNKNOWN;
        }
        int c = Double.compare(current, previous);
        return c > 0 ? RISING : c < 0 ? FALLING : STEADY;
    }
}
