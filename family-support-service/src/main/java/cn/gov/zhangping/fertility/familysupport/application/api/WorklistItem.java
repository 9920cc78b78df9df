package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatter;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorklistItem", description = "An open sub-matter of a department (no personal data)")
public record WorklistItem(
        @Schema(example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") UUID applicationId,
        @Schema(example = "HOUSEHOLD_REGISTRATION") SubMatterKind kind,
        @Schema(example = "SUBMITTED") SubMatterStatus status,
        Instant submittedAt,
        @Schema(example = "2026-12-07") LocalDate dueOn,
        @Schema(example = "false") boolean overdue) {

    static WorklistItem of(SubMatter s, LocalDate today) {
        return new WorklistItem(s.applicationId, s.kind, s.status, s.submittedAt, s.dueOn, s.isOverdue(today));
    }
}
