package cn.gov.zhangping.fertility.indicator.population.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The annual mean resident population (年平均常住人口) of one year, by township: the denominators of indicator 1. */
@Schema(name = "PopulationYear")
public record PopulationYear(
        @Schema(example = "2026") int year,
        @Schema(example = "248000", description = "The city's figure: the sum of its 16 townships") long total,
        @Schema(example = "漳平市统计局 2026 年常住人口年平均数") String source,
        List<TownshipPopulation> townships) {

    @Schema(name = "TownshipPopulation")
    public record TownshipPopulation(
            @Schema(example = "350881001") String townshipCode,
            @Schema(example = "菁城街道") String townshipName,
            @Schema(example = "61000") long population) {
    }
}
