package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.childcare.inspection.domain.Finding;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Inspection;
import cn.gov.zhangping.fertility.childcare.inspection.domain.InspectionDetails;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionRequest", description = "An inspection of a nursery with its outcome and findings (PASSED: none; "
        + "PASSED_WITH_FINDINGS and FAILED: at least one)")
public record InspectionRequest(
        @NotNull(message = "is required") @Schema(description = "Day of the inspection, not after today", example = "2026-11-20")
        LocalDate inspectedOn,
        @NotBlank(message = "is required") @MaxLength(100) @Schema(description = "Inspecting department", example = "漳平市卫生健康局",
                maxLength = 100) String department,
        @NotNull(message = "is required") @Schema(example = "ROUTINE") Inspection.Kind kind,
        @NotNull(message = "is required") @Schema(example = "PASSED_WITH_FINDINGS") Inspection.Outcome outcome,
        @MaxLength(500) @Schema(nullable = true, maxLength = 500, example = "消防通道堆放杂物") String summary,
        @NotNull(message = "is required") @Size(max = 50, message = "at most 50 findings")
        @Schema(maxItems = 50) List<@NotNull(message = "is required") @Valid FindingBody> findings) {

    @Schema(name = "InspectionFindingBody", description = "A finding and the day it must be rectified by")
    public record FindingBody(
            @NotNull(message = "is required") @Schema(example = "FIRE_SAFETY") Finding.Category category,
            @NotNull(message = "is required") @Schema(example = "MAJOR") Finding.Severity severity,
            @NotBlank(message = "is required") @MaxLength(500) @Schema(example = "消防通道堆放杂物", maxLength = 500) String description,
            @NotNull(message = "is required") @Schema(description = "Rectification deadline, from the inspection day up to 5 years after it",
                    example = "2026-12-20") LocalDate rectifyBy) {
    }

    InspectionDetails toDetails() {
        return new InspectionDetails(inspectedOn, department.strip(), kind, outcome, summary == null ? null : summary.strip(),
                findings.stream().map(f -> new InspectionDetails.FindingDetails(f.category(), f.severity(),
                        f.description().strip(), f.rectifyBy())).toList());
    }
}
