package cn.gov.zhangping.fertility.indicator.values.domain;

/**
 * An exact 95% confidence interval of a value, in the value's unit. {@code upper} is null when it is unbounded (a sex
 * ratio with no girl born). {@code method} names how it was computed.
 */
public record Interval(Double lower, Double upper, String method) {

    public static final String POISSON = "POISSON_GARWOOD";
    public static final String BINOMIAL = "BINOMIAL_CLOPPER_PEARSON";
    public static final String NONE = "NONE";

    public boolean contains(double x) {
        return lower != null && lower <= x && (upper == null || x <= upper);
    }
}
