package cn.gov.zhangping.fertility.familysupport.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceStatisticsTest {

    @Test
    void nearestRankPercentiles() {
        List<Integer> days = List.of(5, 1, 3, 2, 4, 8, 6, 7, 9, 10);
        assertThat(ServiceStatistics.percentile(days, 50)).isEqualTo(5);
        assertThat(ServiceStatistics.percentile(days, 90)).isEqualTo(9);
        assertThat(ServiceStatistics.percentile(List.of(3), 90)).isEqualTo(3);
        assertThat(ServiceStatistics.percentile(List.of(), 50)).isNull();
    }

    @Test
    void shares() {
        assertThat(ServiceStatistics.share(7, 8)).isEqualTo(new BigDecimal("0.8750"));
        assertThat(ServiceStatistics.share(0, 0)).isNull();
    }
}
