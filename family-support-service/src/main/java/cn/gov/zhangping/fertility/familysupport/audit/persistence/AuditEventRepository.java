package cn.gov.zhangping.fertility.familysupport.audit.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditEvent;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** What the auditor asks for; every field may be null. {@code to} is exclusive. */
    public record Filter(String subject, AuditedRecord recordType, UUID recordId, AuditAction action, Instant from,
                         Instant to) {

        String where() {
            String where = "1 = 1";
            if (subject != null) {
                where += " and subject = :subject";
            }
            if (recordType != null) {
                where += " and recordType = :recordType";
            }
            if (recordId != null) {
                where += " and recordId = :recordId";
            }
            if (action != null) {
                where += " and action = :action";
            }
            if (from != null) {
                where += " and occurredAt >= :from";
            }
            if (to != null) {
                where += " and occurredAt < :to";
            }
            return where;
        }

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("subject", subject);
            p.put("recordType", recordType);
            p.put("recordId", recordId);
            p.put("action", action);
            p.put("from", from);
            p.put("to", to);
            p.values().removeIf(v -> v == null);
            return p;
        }
    }

    /** Newest first. */
    public List<AuditEvent> page(Filter filter, PageRequest page) {
        return find(filter.where(), Sort.descending("occurredAt").and("id", Sort.Direction.Descending), filter.params())
                .page(page.page, page.size).list();
    }

    public long count(Filter filter) {
        return count(filter.where(), filter.params());
    }
}
