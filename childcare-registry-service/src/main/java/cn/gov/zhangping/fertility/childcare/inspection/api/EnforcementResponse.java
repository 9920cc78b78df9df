package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.inspection.domain.EnforcementAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementAction", description = "An enforcement action taken on a nursery")
public record EnforcementResponse(
        UUID id,
        UUID institutionId,
        @Schema(example = "SUSPENSION") EnforcementAction.Kind kind,
        @Schema(example = "2026-11-25") LocalDate takenOn,
        @Schema(example = "消防检查不合格，停业整改") String reason,
        @Schema(nullable = true, example = "5000.00") BigDecimal fineAmount,
        @Schema(nullable = true) UUID inspectionId,
        @Schema(description = "The role that took it", example = "registrar") String actorRole,
        Instant recordedAt) {

    static EnforcementResponse of(EnforcementAction a) {
        return new EnforcementResponse(a.id, a.institutionId, a.kind, a.takenOn, a.reason, a.fineAmount, a.inspectionId,
                a.actorRole, a.recordedAt);
    }
}
