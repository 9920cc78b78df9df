package cn.gov.zhangping.fertility.childcare.replacement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseWithdrawalRequest", description = "The family withdrew the child from the re-placement")
public record CaseWithdrawalRequest(
        @Schema(description = "Day of the withdrawal, from the day the case opened to today; today when absent",
                nullable = true, example = "2026-12-01") LocalDate date,
        @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "家庭改为居家照护", maxLength = 500) String reason) {
}
