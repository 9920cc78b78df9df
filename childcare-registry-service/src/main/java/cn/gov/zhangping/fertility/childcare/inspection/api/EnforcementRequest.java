package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.childcare.inspection.domain.ActionDetails;
import cn.gov.zhangping.fertility.childcare.inspection.domain.EnforcementAction;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementRequest", description = "An enforcement action: SUSPENSION makes an OPERATING nursery SUSPENDED, "
        + "SUSPENSION_LIFTED makes it OPERATING again once every finding is rectified, REVOCATION closes it")
public record EnforcementRequest(
        @NotNull(message = "is required") @Schema(example = "SUSPENSION") EnforcementAction.Kind kind,
        @Schema(description = "Day it takes effect; today when absent", nullable = true, example = "2026-11-25") LocalDate takenOn,
        @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "消防检查不合格，停业整改", maxLength = 500) String reason,
        @DecimalMin(value = "0.01", message = "must be at least 0.01") @DecimalMax(value = "9999999999.99", message = "must be at most 9999999999.99")
        @Digits(integer = 10, fraction = 2, message = "must be yuan with at most 2 decimals")
        @Schema(description = "Fine in yuan, for FINE only", nullable = true, minimum = "0.01", maximum = "9999999999.99",
                example = "5000.00") BigDecimal fineAmount,
        @Schema(description = "The inspection of this nursery the action follows", nullable = true) UUID inspectionId) {

    ActionDetails toDetails() {
        return new ActionDetails(kind, takenOn, reason.strip(), fineAmount, inspectionId);
    }
}
