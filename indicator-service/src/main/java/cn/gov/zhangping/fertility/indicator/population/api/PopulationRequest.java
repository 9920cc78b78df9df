package cn.gov.zhangping.fertility.indicator.population.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PopulationRequest", description = "The annual mean resident population of one year, all 16 townships once each")
public record PopulationRequest(
        @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(example = "2026", minimum = "2000", maximum = "2100") Integer year,
        @NotBlank(message = "is required") @MaxLength(200)
        @Schema(example = "漳平市统计局 2026 年常住人口年平均数", maxLength = 200) String source,
        @NotNull(message = "is required") @Size(min = 1, max = 16, message = "must list the 16 townships")
        @Schema(minItems = 1, maxItems = 16) List<@Valid @NotNull(message = "must not be null") Township> townships) {

    @Schema(name = "PopulationRequestTownship")
    public record Township(
            @NotNull(message = "is required") @Schema(example = "350881001", pattern = "^[0-9]{9}$", maxLength = 9) String townshipCode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 10_000_000, message = "must be at most 10000000")
            @Schema(example = "61000", minimum = "1", maximum = "10000000") Long population) {
    }
}
