package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RectificationRequest", description = "A finding was rectified")
public record RectificationRequest(
        @Schema(description = "Day it was rectified; today when absent; not before the inspection, not after today",
                example = "2026-12-10", nullable = true) LocalDate rectifiedOn,
        @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "杂物已清理，复查合格", maxLength = 500) String note) {
}
