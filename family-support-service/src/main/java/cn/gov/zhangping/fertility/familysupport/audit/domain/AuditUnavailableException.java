package cn.gov.zhangping.fertility.familysupport.audit.domain;

/** The audit row of a change could not be written: the change is rolled back with it (a 503 problem). */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(Throwable cause) {
        super("the audit trail is unavailable", cause);
    }
}
