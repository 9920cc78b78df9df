package cn.gov.zhangping.fertility.indicator.values.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator in one year by township, with the numerator and denominator of each (the drill-down). */
@Schema(name = "TownshipFigures")
public record TownshipFigures(
        @Schema(example = "1") int number,
        @Schema(example = "2026") int year,
        @Schema(example = "5", description = "Cells with a count from 1 to this minus 1 are suppressed in the public view") int threshold,
        @Schema(example = "false") boolean detail,
        List<Row> townships) {

    @Schema(name = "TownshipFigure")
    public record Row(
            @Schema(example = "350881001") String townshipCode,
            @Schema(example = "菁城街道") String townshipName,
            @Schema(nullable = true, example = "402") Long numerator,
            @Schema(nullable = true, example = "61000") Long denominator,
            @Schema(nullable = true, example = "6.59") Double value,
            @Schema(nullable = true, example = "5.962") Double lower,
            @Schema(nullable = true, example = "7.266") Double upper,
            @Schema(example = "false") boolean suppressed) {
    }
}
