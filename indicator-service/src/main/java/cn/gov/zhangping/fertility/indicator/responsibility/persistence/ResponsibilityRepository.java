package cn.gov.zhangping.fertility.indicator.responsibility.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.responsibility.domain.ResponsibilityItem;

/** {@code responsibility_item} and {@code task_completion}. */
@ApplicationScoped
public class ResponsibilityRepository {

    /** A struck-off item of a month. */
    public record Completion(int itemId, String month, String completedBy, Instant completedAt, String evidence) {
    }

    @Inject
    EntityManager em;

    public List<ResponsibilityItem> items() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, task_number, item_number, theme, task_name, content, units_text, lead_department,
                       co_departments, all_departments, source FROM responsibility_item ORDER BY task_number, item_number""")
                .getResultList();
        List<ResponsibilityItem> result = new ArrayList<>();
        for (Object[] r : rows) {
            String co = (String) r[8];
            result.add(new ResponsibilityItem(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    co.isEmpty() ? List.of() : Arrays.asList(co.split(",")), (Boolean) r[9], (String) r[10]));
        }
        return result;
    }

    /** item id → completion, for a department's months in [fromMonth, toMonth] (yyyy-MM compares as text). */
    public Map<String, Map<Integer, Completion>> completions(String department, String fromMonth, String toMonth) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT item_id, month, completed_by, completed_at, evidence FROM task_completion
                        WHERE department = :d AND month BETWEEN :f AND :t""")
                .setParameter("d", department).setParameter("f", fromMonth).setParameter("t", toMonth).getResultList();
        Map<String, Map<Integer, Completion>> result = new HashMap<>();
        for (Object[] r : rows) {
            Completion c = new Completion(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                    r[3] instanceof Instant i ? i : ((java.time.OffsetDateTime) r[3]).toInstant(), (String) r[4]);
            result.computeIfAbsent(c.month(), k -> new HashMap<>()).put(c.itemId(), c);
        }
        return result;
    }

    /** False when the item was already struck off the department's list of that month. */
    public boolean complete(int itemId, String department, String month, String by, Instant at, String evidence) {
        return em.createNativeQuery("""
                        INSERT INTO task_completion (item_id, department, month, completed_by, completed_at, evidence)
                        VALUES (:i, :d, :m, :b, :a, :e) ON CONFLICT DO NOTHING""")
                .setParameter("i", itemId).setParameter("d", department).setParameter("m", month).setParameter("b", by)
                .setParameter("a", at).setParameter("e", evidence).executeUpdate() == 1;
    }
}
