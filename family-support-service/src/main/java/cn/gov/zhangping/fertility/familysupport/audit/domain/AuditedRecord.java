package cn.gov.zhangping.fertility.familysupport.audit.domain;

/** The kinds of record an audit event names (by type and id, never by an identity number or a name). */
public enum AuditedRecord {
    BIRTH_REGISTRATION,
    FAMILY,
    HOUSEHOLD,
    NURSING_LEAVE_CHECK,
    AUDIT_TRAIL
}
