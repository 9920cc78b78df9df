package cn.gov.zhangping.fertility.platform.stats;

import java.util.List;

/** Percentiles of durations in the services' statistics: nearest-rank (the smallest value with at least p% at or below it). */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank p-th percentile of the values; null when there are none. */
    public static Integer nearestRank(List<Integer> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
