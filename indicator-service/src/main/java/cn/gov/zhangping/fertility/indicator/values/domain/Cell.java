package cn.gov.zhangping.fertility.indicator.values.domain;

/**
 * What a value is made of: its numerator and denominator (for the sex ratio, boys and girls), and where it comes from.
 * The denominator is null where there is none (a count) or it is not known yet (no population loaded).
 */
public record Cell(long numerator, Long denominator, String provenance) {

    public static final String COMPUTED = "COMPUTED";
    public static final String REPORTED = "REPORTED";

    public Cell plus(Cell other) {
        Long den = denominator == null || other.denominator == null ? null : denominator + other.denominator;
        return new Cell(numerator + other.numerator, den, provenance);
    }
}
