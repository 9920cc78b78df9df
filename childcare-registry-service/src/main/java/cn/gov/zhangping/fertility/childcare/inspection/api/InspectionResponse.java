package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.inspection.domain.Finding;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Inspection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Inspection", description = "An inspection of a nursery with its findings")
public record InspectionResponse(
        UUID id,
        UUID institutionId,
        @Schema(example = "2026-11-20") LocalDate inspectedOn,
        @Schema(example = "漳平市卫生健康局") String department,
        @Schema(example = "ROUTINE") Inspection.Kind kind,
        @Schema(example = "PASSED_WITH_FINDINGS") Inspection.Outcome outcome,
        @Schema(nullable = true) String summary,
        @Schema(description = "The role that recorded it", example = "registrar") String actorRole,
        Instant recordedAt,
        List<FindingResponse> findings) {

    @Schema(name = "InspectionFinding", description = "A finding, OPEN until its rectification is recorded")
    public record FindingResponse(
            UUID id,
            UUID inspectionId,
            @Schema(example = "FIRE_SAFETY") Finding.Category category,
            @Schema(example = "MAJOR") Finding.Severity severity,
            @Schema(example = "消防通道堆放杂物") String description,
            @Schema(example = "2026-12-20") LocalDate rectifyBy,
            @Schema(example = "OPEN") Finding.Status status,
            @Schema(nullable = true) LocalDate rectifiedOn,
            @Schema(nullable = true) String rectifiedNote,
            @Schema(nullable = true, example = "registrar") String rectifiedRole) {

        static FindingResponse of(Finding f) {
            return new FindingResponse(f.id, f.inspectionId, f.category, f.severity, f.description, f.rectifyBy, f.status,
                    f.rectifiedOn, f.rectifiedNote, f.rectifiedRole);
        }
    }

    static InspectionResponse of(Inspection i, List<Finding> findings) {
        return new InspectionResponse(i.id, i.institutionId, i.inspectedOn, i.department, i.kind, i.outcome, i.summary,
                i.actorRole, i.recordedAt, findings.stream().map(FindingResponse::of).toList());
    }
}
