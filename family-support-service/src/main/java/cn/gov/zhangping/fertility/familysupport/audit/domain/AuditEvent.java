package cn.gov.zhangping.fertility.familysupport.audit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit trail. Append-only: the database refuses to update it, or to delete it before 183 days. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** The token's subject. */
    @Column(nullable = false, updatable = false)
    public String subject;

    /** The token's {@code azp} (or {@code client_id}) claim, when it has one. */
    @Column(name = "client_id", updatable = false)
    public String clientId;

    @Column(name = "remote_address", updatable = false)
    public String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, updatable = false)
    public AuditedRecord recordType;

    /** Null for a search that found nothing and for a read of the trail. */
    @Column(name = "record_id", updatable = false)
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditOutcome outcome;

    /** The OpenAPI operationId of the request. */
    @Column(nullable = false, updatable = false)
    public String operation;

    public static AuditEvent of(Caller caller, AuditAction action, AuditedRecord type, UUID recordId,
                                AuditOutcome outcome, String operation) {
        AuditEvent e = new AuditEvent();
        e.id = UUID.randomUUID();
        e.occurredAt = caller.at();
        e.subject = caller.subject();
        e.clientId = caller.clientId();
        e.remoteAddress = caller.remoteAddress();
        e.action = action;
        e.recordType = type;
        e.recordId = recordId;
        e.outcome = outcome;
        e.operation = operation;
        return e;
    }

    /** Who asked (the token's subject and client, the address the request came from), and when. */
    public record Caller(String subject, String clientId, String remoteAddress, Instant at) {
    }
}
