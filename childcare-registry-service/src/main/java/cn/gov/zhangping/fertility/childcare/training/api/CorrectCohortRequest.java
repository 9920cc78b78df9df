package cn.gov.zhangping.fertility.childcare.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectTrainingCohortRequest", description = "The cohort's figures as they should be, and why")
public record CorrectCohortRequest(
        @NotNull(message = "is required") @Valid CohortRequest cohort,
        @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "补录 3 名结业学员", maxLength = 500) String reason) {
}
