package cn.gov.zhangping.fertility.indicator.values.domain;

/** A value with its exact 95% interval, both in the indicator's unit; value null when it cannot be computed. */
public record Estimate(Double value, Interval interval) {
}
