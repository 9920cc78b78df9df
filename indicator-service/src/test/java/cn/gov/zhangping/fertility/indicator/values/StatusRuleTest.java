package cn.gov.zhangping.fertility.indicator.values;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Comparator;
import cn.gov.zhangping.fertility.indicator.values.domain.Interval;
import cn.gov.zhangping.fertility.indicator.values.domain.Status;
import cn.gov.zhangping.fertility.indicator.values.domain.StatusRule;
import cn.gov.zhangping.fertility.indicator.values.domain.Trend;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    private static Interval ci(double lower, Double upper) {
        return new Interval(lower, upper, Interval.BINOMIAL);
    }

    @Test
    void exactlyAtTheTargetIsMet() {
        assertThat(StatusRule.of(80.0, ci(70, 88.0), Comparator.AT_LEAST, 80, Trend.FALLING)).isEqualTo(Status.MET);
        assertThat(StatusRule.of(4.0, ci(2, 7.0), Comparator.AT_MOST, 4, Trend.RISING)).isEqualTo(Status.MET);
        assertThat(StatusRule.of(100.0, ci(96, 100.0), Comparator.EQUAL, 100, Trend.STEADY)).isEqualTo(Status.MET);
    }

    @Test
    void aMissWithinTheIntervalIsOnTrackUnlessTheTrendMovesAway() {
        assertThat(StatusRule.of(79.9, ci(70, 88.0), Comparator.AT_LEAST, 80, Trend.UNKNOWN)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRule.of(79.9, ci(70, 88.0), Comparator.AT_LEAST, 80, Trend.RISING)).isEqualTo(Status.ON_TRACK);
        assertThat(StatusRule.of(79.9, ci(70, 88.0), Comparator.AT_LEAST, 80, Trend.FALLING)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRule.of(4.1, ci(1, 9.0), Comparator.AT_MOST, 4, Trend.RISING)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aMissBeyondTheIntervalIsOffTrackUnlessTheTrendMovesTowards() {
        assertThat(StatusRule.of(70.0, ci(65, 79.99), Comparator.AT_LEAST, 80, Trend.FALLING)).isEqualTo(Status.OFF_TRACK);
        assertThat(StatusRule.of(70.0, ci(65, 79.99), Comparator.AT_LEAST, 80, Trend.RISING)).isEqualTo(Status.AT_RISK);
        assertThat(StatusRule.of(70.0, ci(65, 80.0), Comparator.AT_LEAST, 80, Trend.FALLING)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aboutIsMetWhenTheIntervalContainsTheTarget() {
        assertThat(StatusRule.of(6.5, ci(6.0, 7.0), Comparator.ABOUT, 7, Trend.FALLING)).isEqualTo(Status.MET);
        assertThat(StatusRule.of(6.5, ci(6.0, 6.99), Comparator.ABOUT, 7, Trend.FALLING)).isEqualTo(Status.OFF_TRACK);
        assertThat(StatusRule.of(6.5, ci(6.0, 6.99), Comparator.ABOUT, 7, Trend.RISING)).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aValueWithoutIntervalIsItsOwnInterval() {
        assertThat(StatusRule.of(599.0, new Interval(null, null, Interval.NONE), Comparator.AT_LEAST, 600, Trend.RISING))
                .isEqualTo(Status.AT_RISK);
        assertThat(StatusRule.of(599.0, null, Comparator.AT_LEAST, 600, Trend.STEADY)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void noValueIsNoData() {
        assertThat(StatusRule.of(null, null, Comparator.AT_LEAST, 80, Trend.UNKNOWN)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void anUnboundedUpperLimitReachesAnyAtLeastTarget() {
        assertThat(StatusRule.of(50.0, ci(10, null), Comparator.AT_LEAST, 115, Trend.STEADY)).isEqualTo(Status.ON_TRACK);
    }
}
