package cn.gov.zhangping.fertility.indicator.reporting.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.reporting.domain.ReportedValue;

/** {@code reported_value} and its {@code reported_value_history}. */
@ApplicationScoped
public class ReportedValueRepository {

    private static final String COLUMNS = "id, indicator_number, period, township_code, numerator, denominator, note, "
            + "department, state, revision, review_comment, updated_at";

    @Inject
    EntityManager em;

    public Optional<ReportedValue> find(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM reported_value WHERE id = :id"
                        + (lock ? " FOR UPDATE" : "")).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::read);
    }

    public Optional<ReportedValue> findByKey(int indicator, String period, String township) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " " + """
                         FROM reported_value WHERE indicator_number = :i AND period = :p AND township_code = :t FOR UPDATE""")
                .setParameter("i", indicator).setParameter("p", period).setParameter("t", township).getResultList();
        return rows.stream().findFirst().map(this::read);
    }

    public List<ReportedValue> list(String state, Integer indicator, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " " + """
                         FROM reported_value WHERE (CAST(:s AS varchar) IS NULL OR state = CAST(:s AS varchar))
                         AND (CAST(:i AS integer) IS NULL OR indicator_number = CAST(:i AS integer))
                         ORDER BY updated_at DESC, id LIMIT :limit""")
                .setParameter("s", state).setParameter("i", indicator).setParameter("limit", limit).getResultList();
        return rows.stream().map(this::read).toList();
    }

    public void insert(ReportedValue v) {
        em.createNativeQuery("INSERT INTO reported_value (" + COLUMNS + """
                        ) VALUES (:id, :i, :p, :t, :n, CAST(:d AS bigint), CAST(:note AS varchar), :dep, :s, :r,
                        CAST(:c AS varchar), :at)""")
                .setParameter("id", v.id()).setParameter("i", v.indicator()).setParameter("p", v.period())
                .setParameter("t", v.townshipCode()).setParameter("n", v.numerator()).setParameter("d", v.denominator())
                .setParameter("note", v.note()).setParameter("dep", v.department()).setParameter("s", v.state())
                .setParameter("r", v.revision()).setParameter("c", v.reviewComment()).setParameter("at", v.updatedAt())
                .executeUpdate();
    }

    public void update(ReportedValue v) {
        em.createNativeQuery("""
                        UPDATE reported_value SET numerator = :n, denominator = CAST(:d AS bigint), note = CAST(:note AS varchar),
                            department = :dep, state = :s, revision = :r, review_comment = CAST(:c AS varchar), updated_at = :at
                        WHERE id = :id""")
                .setParameter("id", v.id()).setParameter("n", v.numerator()).setParameter("d", v.denominator())
                .setParameter("note", v.note()).setParameter("dep", v.department()).setParameter("s", v.state())
                .setParameter("r", v.revision()).setParameter("c", v.reviewComment()).setParameter("at", v.updatedAt())
                .executeUpdate();
    }

    public void record(UUID id, int revision, String action, long numerator, Long denominator, String comment,
                       String actor, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO reported_value_history (reported_value_id, revision, action, numerator, denominator,
                            comment, actor, at)
                        VALUES (:id, :r, :a, :n, CAST(:d AS bigint), CAST(:c AS varchar), :actor, :at)""")
                .setParameter("id", id).setParameter("r", revision).setParameter("a", action).setParameter("n", numerator)
                .setParameter("d", denominator).setParameter("c", comment).setParameter("actor", actor)
                .setParameter("at", at).executeUpdate();
    }

    private ReportedValue read(Object[] r) {
        UUID id = (UUID) r[0];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT revision, action, numerator, denominator, comment, actor, at FROM reported_value_history
                        WHERE reported_value_id = :id ORDER BY at, revision""").setParameter("id", id).getResultList();
        List<ReportedValue.Change> history = new ArrayList<>();
        for (Object[] h : rows) {
            history.add(new ReportedValue.Change(((Number) h[0]).intValue(), (String) h[1], ((Number) h[2]).longValue(),
                    h[3] == null ? null : ((Number) h[3]).longValue(), (String) h[4], (String) h[5], instant(h[6])));
        }
        return new ReportedValue(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7], (String) r[8],
                ((Number) r[9]).intValue(), (String) r[10], instant(r[11]), history);
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
