package cn.gov.zhangping.fertility.familysupport.audit.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;

/**
 * Marks an operation on personal data; {@link AuditFilter} writes its audit rows from the response, whatever its
 * status (also 403, 404 and refused input).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The kind of record the operation is about. */
    AuditedRecord record();

    /** What it does beyond showing data: {@code RECORD_CHANGED}, {@code SEARCHED_BY_ID_NUMBER}, {@code AUDIT_READ}. */
    AuditAction[] value() default {};

    /** Whether its response carries identity numbers (in full for the roles that see them, else masked). */
    boolean showsIdNumbers() default false;

    /** The component of the response (or of each item of a list or page) that holds the record's id. */
    String idComponent() default "id";
}
