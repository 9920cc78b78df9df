package cn.gov.zhangping.fertility.childcare.institution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionStatusChangeRequest", description = "A step of the lifecycle: REGISTERED → FILED → OPERATING ⇄ SUSPENDED, any → CLOSED")
public record StatusChangeRequest(
        @NotNull(message = "is required") @Schema(example = "FILED") InstitutionStatus status,
        @Schema(description = "The day it takes effect; today when absent", example = "2026-12-01", nullable = true) LocalDate effectiveOn,
        @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "备案材料齐全", maxLength = 500) String reason) {
}
