package cn.gov.zhangping.fertility.indicator.catalogue.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Comparator;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetRequest", description = "An indicator's target for a new plan period, with the plan text it comes from")
public record TargetRequest(
        @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(example = "2091", minimum = "2000", maximum = "2100") Integer firstYear,
        @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(example = "2095", minimum = "2000", maximum = "2100") Integer lastYear,
        @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(example = "2095", minimum = "2000", maximum = "2100") Integer targetYear,
        @NotBlank(message = "is required") @MaxLength(20) @Schema(example = "≥85", maxLength = 20) String targetText,
        @NotNull(message = "is required") @Schema(example = "AT_LEAST") Comparator comparator,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "999999", message = "must be at most 999999")
        @Schema(example = "85", minimum = "0", maximum = "999999") BigDecimal target,
        @NotBlank(message = "is required") @MaxLength(300)
        @Schema(example = "漳政办规〔2026〕1号 附件1 第5行", maxLength = 300) String source) {
}
