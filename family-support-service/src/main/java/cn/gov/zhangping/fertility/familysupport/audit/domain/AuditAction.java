package cn.gov.zhangping.fertility.familysupport.audit.domain;

/** What was done with personal data. */
public enum AuditAction {
    /** A response showed an identity number in full. */
    FULL_ID_SHOWN,
    /** A personal record was registered, corrected, cancelled or otherwise changed (births, families, households). */
    RECORD_CHANGED,
    /** Records were looked up by an identity number. */
    SEARCHED_BY_ID_NUMBER,
    /** The audit trail itself was read. */
    AUDIT_READ
}
