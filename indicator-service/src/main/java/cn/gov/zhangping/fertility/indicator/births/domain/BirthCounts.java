package cn.gov.zhangping.fertility.indicator.births.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BirthCounts", description = "Registered births of one year, by township and sex")
public record BirthCounts(
        @Schema(example = "2026") int year,
        @Schema(example = "1630") long total,
        @Schema(example = "850") long male,
        @Schema(example = "780") long female,
        List<TownshipCounts> byTownship) {

    @Schema(name = "TownshipBirthCounts")
    public record TownshipCounts(
            @Schema(example = "350881001") String townshipCode,
            @Schema(example = "菁城街道") String townshipName,
            long total, long male, long female) {
    }
}
