package cn.gov.zhangping.fertility.indicator.values.domain;

import java.util.List;

/**
 * The value of a cell by the indicator's measure (see V3__indicator_catalogue.sql): a rate, the sex ratio, a
 * proportion, a count or a density, with the interval that fits it ({@link Intervals}). A zero or unknown denominator
 * gives no value rather than an infinity or a zero.
 */
public final class Estimates {

    private Estimates() {
    }

    public static Estimate of(String measure, int multiplier, Cell cell) {
        if (cell == null) {
            return new Estimate(null, null);
        }
        long k = cell.numerator();
        Long den = cell.denominator();
        return switch (measure) {
            case "RATE" -> new Estimate(positive(den) ? (double) k * multiplier / den : null, Intervals.rate(k, den, multiplier));
            case "SEX_RATIO" -> new Estimate(positive(den) ? (double) k * 100 / den : null,
                    Intervals.sexRatio(k, den == null ? 0 : den));
            case "PROPORTION" -> new Estimate(positive(den) && k <= den ? (double) k * multiplier / den : null,
                    Intervals.proportion(k, den, multiplier));
            case "DENSITY" -> new Estimate(positive(den) ? (double) k * multiplier / den : null,
                    new Interval(null, null, Interval.NONE));
            case "COUNT" -> new Estimate((double) k, new Interval(null, null, Interval.NONE));
            default -> throw new IllegalArgumentException("unknown measure " + measure);
        };
    }

    /** The counts a public cell is judged by: the numerator, and for the sex ratio the girls as well. */
    public static List<Long> counts(String measure, Cell cell) {
        if ("SEX_RATIO".equals(measure) && cell.denominator() != null) {
            return List.of(cell.numerator(), cell.denominator());
        }
        return List.of(cell.numerator());
    }

    /** The smallest positive count of the cell (0 when none is positive): what suppression judges it by. */
    public static long smallestCount(String measure, Cell cell) {
        return counts(measure, cell).stream().filter(c -> c > 0).min(Long::compare).orElse(0L);
    }

    private static boolean positive(Long den) {
        return den != null && den > 0;
    }
}
