package cn.gov.zhangping.fertility.indicator.values.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator in one year for the whole city: numerator, denominator, value with its exact 95% interval, the
 * 3-year rolling value, the target, the status and the trend. In the public view a small cell is suppressed: its
 * numbers are null and {@code suppressed} is true.
 */
@Schema(name = "IndicatorFigure")
public record IndicatorFigure(
        @Schema(example = "1") int number,
        @Schema(example = "SUPPORT") String theme,
        @Schema(example = "人口年平均出生率") String nameZh,
        @Schema(example = "Crude birth rate") String nameEn,
        @Schema(example = "‰") String unitZh,
        @Schema(example = "per 1,000") String unitEn,
        @Schema(example = "EXPECTED") String nature,
        List<String> owners,
        @Schema(example = "COMPUTED", description = "COMPUTED from events or REPORTED by the owning department") String provenance,
        @Schema(example = "2026") int year,
        @Schema(nullable = true, example = "1630") Long numerator,
        @Schema(nullable = true, example = "248000") Long denominator,
        @Schema(nullable = true, example = "6.573") Double value,
        @Schema(nullable = true, example = "6.258") Double lower,
        @Schema(nullable = true, example = "6.898") Double upper,
        @Schema(example = "POISSON_GARWOOD", description = "POISSON_GARWOOD, BINOMIAL_CLOPPER_PEARSON or NONE") String intervalMethod,
        @Schema(nullable = true) Rolling rolling,
        @Schema(nullable = true) TargetView target,
        @Schema(example = "MET") Status status,
        @Schema(example = "RISING") Trend trend,
        @Schema(example = "false") boolean suppressed,
        @Schema(example = "false", description = "true when the caller's role sees unsuppressed detail") boolean detail,
        List<Point> series) {

    /** The value over three years ending with the year: summed numerators over summed denominators. */
    @Schema(name = "RollingValue")
    public record Rolling(
            @Schema(example = "2024") int firstYear,
            @Schema(example = "2026") int lastYear,
            @Schema(nullable = true, example = "4900") Long numerator,
            @Schema(nullable = true, example = "744000") Long denominator,
            @Schema(nullable = true, example = "6.586") Double value,
            @Schema(nullable = true, example = "6.404") Double lower,
            @Schema(nullable = true, example = "6.772") Double upper) {
    }

    @Schema(name = "TargetView")
    public record TargetView(
            @Schema(example = "2023-2025") String planPeriod,
            @Schema(example = "7") String text,
            @Schema(example = "ABOUT") String comparator,
            @Schema(example = "7") double value) {
    }

    @Schema(name = "SeriesPoint")
    public record Point(@Schema(example = "2025") int year, @Schema(nullable = true, example = "6.2") Double value) {
    }
}
