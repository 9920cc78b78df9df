package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.application.domain.RejectionReason;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterStatus;
import cn.gov.zhangping.fertility.platform.reference.Department;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JointApplication", description = "The joint application of \"birth is one matter\" (出生一件事) with its sub-matters")
public record ApplicationResponse(
        @Schema(example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") UUID id,
        @Schema(example = "0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11") UUID registrationId,
        @Schema(nullable = true, example = "9a4e2c71-5b3d-4f08-8e6a-1c2d3e4f5a6b") UUID familyId,
        Instant openedAt,
        @Schema(description = "When every sub-matter that applies was done; null while one is not", nullable = true)
        Instant completedAt,
        @Schema(description = "Every sub-matter that applies is done", example = "false") boolean complete,
        List<SubMatterResponse> subMatters) {

    @Schema(name = "SubMatter", description = "One sub-matter, owned by one department")
    public record SubMatterResponse(
            @Schema(example = "HOUSEHOLD_REGISTRATION") SubMatterKind kind,
            @Schema(example = "出生户口登记") String name,
            @Schema(example = "PUBLIC_SECURITY") Department department,
            @Schema(example = "SUBMITTED") SubMatterStatus status,
            @Schema(description = "Why it was rejected; null unless REJECTED", nullable = true, example = "DOCUMENT_MISSING")
            RejectionReason reasonCode,
            Instant submittedAt,
            @Schema(description = "Last day of its time limit in working days (from its latest submission)",
                    example = "2026-12-07") LocalDate dueOn,
            @Schema(nullable = true) Instant acceptedAt,
            @Schema(nullable = true) Instant doneAt,
            @Schema(nullable = true) Instant rejectedAt,
            @Schema(description = "How often it was rejected", example = "0") int rejections,
            @Schema(description = "Open (SUBMITTED or ACCEPTED) after its due date", example = "false") boolean overdue,
            @Schema(description = "Entered as done when the application opened (done before)", example = "false")
            boolean doneBefore) {
    }
}
