package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.gov.zhangping.fertility.platform.stats.Percentiles;

/**
 * The service figures of "birth is one matter" (task 2's promise, "一趟不用跑"): pure functions over working-day
 * durations. Percentiles are nearest-rank (the smallest value with at least p% of the values at or below it).
 */
public final class ServiceStatistics {

    private ServiceStatistics() {
    }

    /** The nearest-rank p-th percentile of the values; null when there are none. */
    public static Integer percentile(List<Integer> values, int p) {
        return Percentiles.nearestRank(values, p);
    }

    /** part / whole as a share with 4 decimals (0.8750); null when whole is 0. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
