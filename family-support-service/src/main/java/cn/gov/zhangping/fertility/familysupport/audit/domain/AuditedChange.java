package cn.gov.zhangping.fertility.familysupport.audit.domain;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * The audited change a request makes, when its operation records {@code RECORD_CHANGED}: what kind of record, which
 * operation, who asks. Set before the resource method runs ({@code AuditFilter}); {@link ChangeAudit} writes its row in
 * the change's transaction and marks it written, so the filter writes no second row for a change that succeeded.
 */
@RequestScoped
public class AuditedChange {

    private AuditedRecord record;
    private String operation;
    private AuditEvent.Caller caller;
    private UUID written;

    public void expect(AuditedRecord record, String operation, AuditEvent.Caller caller) {
        this.record = record;
        this.operation = operation;
        this.caller = caller;
    }

    boolean expected() {
        return record != null;
    }

    AuditEvent row(UUID recordId) {
        return AuditEvent.of(caller, AuditAction.RECORD_CHANGED, record, recordId, AuditOutcome.OK, operation);
    }

    void written(UUID recordId) {
        this.written = recordId;
    }

    /** Whether the change's row was written in its transaction (committed if the response is a success). */
    public boolean isWritten() {
        return written != null;
    }
}
