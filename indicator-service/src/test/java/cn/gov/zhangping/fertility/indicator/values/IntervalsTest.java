package cn.gov.zhangping.fertility.indicator.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.indicator.values.domain.Estimate;
import cn.gov.zhangping.fertility.indicator.values.domain.Estimates;
import cn.gov.zhangping.fertility.indicator.values.domain.Interval;
import cn.gov.zhangping.fertility.indicator.values.domain.Intervals;
import org.junit.jupiter.api.Test;

/** The exact intervals at their edges, against published tables (Garwood 1936; Clopper and Pearson 1934). */
class IntervalsTest {

    @Test
    void poissonAtZeroEventsStartsAtZero() {
        double[] ci = Intervals.poisson(0);
        assertThat(ci[0]).isZero();
        assertThat(ci[1]).isCloseTo(3.689, within(0.001));
    }

    @Test
    void poissonAtOneEvent() {
        double[] ci = Intervals.poisson(1);
        assertThat(ci[0]).isCloseTo(0.0253, within(0.0001));
        assertThat(ci[1]).isCloseTo(5.572, within(0.001));
    }

    @Test
    void oneMaternalDeathIn1700BirthsIsAboutFiftyNinePer100000WithAWideInterval() {
        Estimate e = Estimates.of("RATE", 100_000, new Cell(1, 1700L, Cell.REPORTED));
        assertThat(e.value()).isCloseTo(58.8, within(0.1));
        assertThat(e.interval().lower()).isCloseTo(1.49, within(0.01));
        assertThat(e.interval().upper()).isCloseTo(327.8, within(0.1));
        assertThat(e.interval().method()).isEqualTo(Interval.POISSON);
    }

    @Test
    void binomialAtZeroAndAtAll() {
        assertThat(Intervals.binomial(0, 10)[0]).isZero();
        assertThat(Intervals.binomial(0, 10)[1]).isCloseTo(0.3085, within(0.0001));
        assertThat(Intervals.binomial(10, 10)[0]).isCloseTo(0.6915, within(0.0001));
        assertThat(Intervals.binomial(10, 10)[1]).isEqualTo(1.0);
        double[] one = Intervals.binomial(1, 1);
        assertThat(one[0]).isCloseTo(0.025, within(0.0001));
    }

    @Test
    void zeroOrMissingDenominatorsGiveNoValueAndNoInterval() {
        for (String measure : new String[] {"RATE", "PROPORTION", "DENSITY"}) {
            assertThat(Estimates.of(measure, 1000, new Cell(3, 0L, Cell.COMPUTED)).value()).isNull();
            assertThat(Estimates.of(measure, 1000, new Cell(3, null, Cell.COMPUTED)).value()).isNull();
        }
        assertThat(Estimates.of("RATE", 1000, new Cell(3, 0L, Cell.COMPUTED)).interval().lower()).isNull();
        assertThat(Estimates.of("PROPORTION", 100, new Cell(5, 4L, Cell.REPORTED)).value()).isNull();
        assertThat(Estimates.of("COUNT", 1, new Cell(7, null, Cell.REPORTED)).value()).isEqualTo(7.0);
    }

    @Test
    void sexRatioWithNoGirlHasNoValueAndAnUnboundedUpperLimit() {
        Estimate e = Estimates.of("SEX_RATIO", 100, new Cell(3, 0L, Cell.COMPUTED));
        assertThat(e.value()).isNull();
        assertThat(e.interval().upper()).isNull();
        assertThat(e.interval().lower()).isPositive();
        Interval none = Intervals.sexRatio(0, 0);
        assertThat(none.lower()).isNull();
    }

    @Test
    void sexRatioIntervalContainsTheRatio() {
        Estimate e = Estimates.of("SEX_RATIO", 100, new Cell(850, 780L, Cell.COMPUTED));
        assertThat(e.value()).isCloseTo(108.97, within(0.01));
        assertThat(e.interval().lower()).isLessThan(e.value());
        assertThat(e.interval().upper()).isGreaterThan(e.value());
        assertThat(e.interval().contains(100)).isTrue();
        assertThat(e.interval().contains(125)).isFalse();
    }

    @Test
    void proportionIsAPercentage() {
        Estimate e = Estimates.of("PROPORTION", 100, new Cell(98, 100L, Cell.REPORTED));
        assertThat(e.value()).isEqualTo(98.0);
        assertThat(e.interval().lower()).isCloseTo(92.96, within(0.01));
        assertThat(e.interval().upper()).isCloseTo(99.76, within(0.01));
    }
}
