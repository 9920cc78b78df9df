package cn.gov.zhangping.fertility.familysupport.audit.api;

import java.time.Instant;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditEvent;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditOutcome;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "Who did what with which personal record, from where, and how it ended")
public record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        @Schema(description = "The token's subject", example = "registrar-chen") String subject,
        @Schema(description = "The token's azp or client_id claim, when it has one", nullable = true, example = "worklist-portal")
        String clientId,
        @Schema(description = "The address the request came from", nullable = true, example = "10.20.3.17") String remoteAddress,
        AuditAction action,
        AuditedRecord recordType,
        @Schema(description = "The record; null for a search that found nothing and for a read of the trail", nullable = true)
        UUID recordId,
        AuditOutcome outcome,
        @Schema(description = "The operation (its operationId)", example = "getFamily") String operation) {

    static AuditEventResponse of(AuditEvent e) {
        return new AuditEventResponse(e.id, e.occurredAt, e.subject, e.clientId, e.remoteAddress, e.action, e.recordType,
                e.recordId, e.outcome, e.operation);
    }
}
