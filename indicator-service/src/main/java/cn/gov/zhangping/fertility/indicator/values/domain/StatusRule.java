package cn.gov.zhangping.fertility.indicator.values.domain;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Comparator;

/**
 * The status of a value against its target, using its 95% interval so that a small county is not "off track" on
 * noise:
 * <ul>
 * <li>{@code MET}: the value meets the target (for "about", the interval contains the target);</li>
 * <li>{@code ON_TRACK}: it does not, but the interval still reaches a value that would, and the trend is not moving
 * away from the target (the miss may be chance);</li>
 * <li>{@code AT_RISK}: the interval reaches the target but the trend moves away, or the interval misses the target
 * while the trend moves towards it;</li>
 * <li>{@code OFF_TRACK}: the whole interval misses the target and the trend does not move towards it;</li>
 * <li>{@code NO_DATA}: no value (no events yet, no denominator, nothing approved).</li>
 * </ul>
 * A value without an interval (a count, a density of places) is its own interval. "=" targets (100%) are missed by
 * any value below them; the trend is towards the target when it moves the value nearer to it.
 */
public final class StatusRule {

    private StatusRule() {
    }

    public static Status of(Double value, Interval interval, Comparator comparator, double target, Trend trend) {
        if (value == null) {
            return Status.NO_DATA;
        }
        Double lower = interval == null || interval.lower() == null ? value : interval.lower();
        Double upper = interval == null || interval.lower() == null ? value : interval.upper();
        boolean meets = switch (comparator) {
            case AT_LEAST -> value >= target;
            case AT_MOST -> value <= target;
            case EQUAL -> value == target;
            case ABOUT -> lower <= target && (upper == null || target <= upper);
        };
        if (meets) {
            return Status.MET;
        }
        boolean reachable = switch (comparator) {
            case AT_LEAST -> upper == null || upper >= target;
            case AT_MOST -> lower <= target;
            case EQUAL -> lower <= target && (upper == null || target <= upper);
            case ABOUT -> false;
        };
        boolean towards = trend == (value < target ? Trend.RISING : Trend.FALLING);
        boolean away = trend == (value < target ? Trend.FALLING : Trend.RISING);
        if (reachable) {
            return away ? Status.AT_RISK : Status.ON_TRACK;
        }
        return towards ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
