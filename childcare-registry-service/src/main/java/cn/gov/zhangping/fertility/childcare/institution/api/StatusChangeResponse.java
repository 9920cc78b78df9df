package cn.gov.zhangping.fertility.childcare.institution.api;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionStatusChange", description = "One step of an institution's lifecycle")
public record StatusChangeResponse(
        @Schema(nullable = true, example = "REGISTERED") InstitutionStatus fromStatus,
        @Schema(example = "FILED") InstitutionStatus toStatus,
        @Schema(example = "2026-12-01") LocalDate effectiveOn,
        @Schema(example = "备案材料齐全") String reason,
        @Schema(description = "The role that took the step", example = "registrar") String actorRole,
        Instant recordedAt) {

    static StatusChangeResponse of(InstitutionStatusChange c) {
        return new StatusChangeResponse(c.fromStatus, c.toStatus, c.effectiveOn, c.reason, c.actorRole, c.recordedAt);
    }
}
