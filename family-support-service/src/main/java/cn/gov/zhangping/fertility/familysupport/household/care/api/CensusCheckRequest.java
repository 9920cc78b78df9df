package cn.gov.zhangping.fertility.familysupport.household.care.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.household.care.domain.CensusLevel;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CensusCheckRequest", description = "The yearly census (每年普查) check of a household at one level")
public record CensusCheckRequest(
        @NotNull(message = "is required") @Min(value = 2000, message = "must be at least 2000")
        @Max(value = 2100, message = "must be at most 2100") @Schema(example = "2026", minimum = "2000", maximum = "2100")
        Integer year,
        @NotNull(message = "is required") @Schema(example = "TOWNSHIP") CensusLevel level,
        @NotNull(message = "is required") @Schema(description = "In the census year, not in the future", example = "2026-06-01")
        @JsonFormat(lenient = OptBoolean.FALSE)
        LocalDate checkedOn,
        @MaxLength(500) @Schema(maxLength = 500, nullable = true, example = "情况属实") String finding) {
}
