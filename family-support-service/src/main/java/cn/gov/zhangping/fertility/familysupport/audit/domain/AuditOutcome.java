package cn.gov.zhangping.fertility.familysupport.audit.domain;

/** How the request ended, from its HTTP status. */
public enum AuditOutcome {
    /** 2xx (a search that found something). */
    OK,
    /** 404, or a search that found nothing. */
    NOT_FOUND,
    /** 403: the caller's role may not do it. */
    DENIED,
    /** Any other 4xx: the request was refused as it stood (bad input, conflict, stale revision). */
    INVALID,
    /** 5xx: the service failed. */
    ERROR;

    public static AuditOutcome of(int status) {
        if (status < 300) {
            return OK;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 403) {
            return DENIED;
        }
        return status < 500 ? INVALID : ERROR;
    }
}
