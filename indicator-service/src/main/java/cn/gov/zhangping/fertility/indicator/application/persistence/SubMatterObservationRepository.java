package cn.gov.zhangping.fertility.indicator.application.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.application.domain.SubMatterRow;

/**
 * {@code sub_matter_observation}: the latest status of each application's sub-matter. An event older than the row
 * (by {@code changedAt}) changes nothing but can only make the submission time earlier and mark a rejection, so a
 * repeated or late event leaves the same row.
 */
@ApplicationScoped
public class SubMatterObservationRepository {

    @Inject
    EntityManager em;

    public void observe(UUID applicationId, String subMatter, String department, String status, LocalDate dueOn,
                        Instant changedAt) {
        em.createNativeQuery("""
                        INSERT INTO sub_matter_observation AS o (application_id, sub_matter, department, status, due_on,
                            submitted_at, changed_at, done_at, ever_rejected)
                        VALUES (:a, :m, :d, :s, :due, :at, :at, CASE WHEN :s = 'DONE' THEN CAST(:at AS timestamptz) END, :s = 'REJECTED')
                        ON CONFLICT (application_id, sub_matter) DO UPDATE SET
                            submitted_at  = LEAST(o.submitted_at, EXCLUDED.submitted_at),
                            ever_rejected = o.ever_rejected OR EXCLUDED.ever_rejected,
                            status     = CASE WHEN EXCLUDED.changed_at > o.changed_at THEN EXCLUDED.status ELSE o.status END,
                            department = CASE WHEN EXCLUDED.changed_at > o.changed_at THEN EXCLUDED.department ELSE o.department END,
                            due_on     = CASE WHEN EXCLUDED.changed_at > o.changed_at THEN EXCLUDED.due_on ELSE o.due_on END,
                            done_at    = CASE WHEN EXCLUDED.changed_at > o.changed_at THEN EXCLUDED.done_at ELSE o.done_at END,
                            changed_at = GREATEST(o.changed_at, EXCLUDED.changed_at)""")
                .setParameter("a", applicationId).setParameter("m", subMatter).setParameter("d", department)
                .setParameter("s", status).setParameter("due", dueOn).setParameter("at", changedAt).executeUpdate();
    }

    /** The sub-matters of the applications first seen in [from, to). */
    public List<SubMatterRow> submittedBetween(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT application_id, sub_matter, department, status, due_on, submitted_at, done_at, ever_rejected
                        FROM sub_matter_observation
                        WHERE application_id IN (SELECT application_id FROM sub_matter_observation
                                                 GROUP BY application_id HAVING min(submitted_at) >= :f AND min(submitted_at) < :t)""")
                .setParameter("f", from).setParameter("t", to).getResultList();
        return rows.stream().map(r -> new SubMatterRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                toDate(r[4]), toInstant(r[5]), r[6] == null ? null : toInstant(r[6]), (Boolean) r[7])).toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
