package cn.gov.zhangping.fertility.indicator.reporting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionRequest", description = "A department's value of an indicator it owns for a period")
public record SubmissionRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24")
        @Schema(example = "5", minimum = "1", maximum = "24") Integer indicator,
        @NotNull(message = "is required")
        @Pattern(regexp = "^(20[0-9]{2}|2100)(-Q[1-4]|-(0[1-9]|1[0-2]))?$", message = "must be yyyy, yyyy-Qn or yyyy-MM")
        @Schema(example = "2026", pattern = "^(20[0-9]{2}|2100)(-Q[1-4]|-(0[1-9]|1[0-2]))?$") String period,
        @Pattern(regexp = "^350881[0-9]{3}$|^350881$", message = "must be a township code or 350881")
        @Schema(nullable = true, example = "350881001", pattern = "^350881[0-9]{3}$|^350881$",
                description = "A township, or 350881 (or absent) for the whole city") String townshipCode,
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative")
        @Max(value = 100_000_000, message = "must be at most 100000000")
        @Schema(example = "1480", minimum = "0", maximum = "100000000") Long numerator,
        @Min(value = 0, message = "must not be negative") @Max(value = 100_000_000, message = "must be at most 100000000")
        @Schema(nullable = true, example = "1630", minimum = "0", maximum = "100000000") Long denominator,
        @MaxLength(500) @Schema(nullable = true, maxLength = 500, example = "from the maternal and child health information system") String note) {
}
