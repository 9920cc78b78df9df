package cn.gov.zhangping.fertility.indicator.values.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.values.domain.Cell;

/** {@code indicator_value}: the stored values (approved reports, and event-computed rows when their events exist). */
@ApplicationScoped
public class IndicatorValueRepository {

    @Inject
    EntityManager em;

    /** indicator → year → township code ('350881' for the city) → cell, for annual periods in [from, to]. */
    public Map<Integer, Map<Integer, Map<String, Cell>>> annual(int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT indicator_number, period, township_code, numerator, denominator, provenance FROM indicator_value
                        WHERE length(period) = 4 AND period BETWEEN :from AND :to""")
                .setParameter("from", String.valueOf(from)).setParameter("to", String.valueOf(to)).getResultList();
        Map<Integer, Map<Integer, Map<String, Cell>>> result = new HashMap<>();
        for (Object[] r : rows) {
            Long den = r[4] == null ? null : ((Number) r[4]).longValue();
            result.computeIfAbsent(((Number) r[0]).intValue(), k -> new HashMap<>())
                    .computeIfAbsent(Integer.parseInt((String) r[1]), k -> new HashMap<>())
                    .put((String) r[2], new Cell(((Number) r[3]).longValue(), den, (String) r[5]));
        }
        return result;
    }

    public void put(int indicator, String period, String township, long numerator, Long denominator,
                    String provenance, UUID reference, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO indicator_value (indicator_number, period, township_code, numerator, denominator,
                            provenance, reference, updated_at)
                        VALUES (:i, :p, :t, :n, CAST(:d AS bigint), :prov, CAST(:ref AS uuid), :at)
                        ON CONFLICT (indicator_number, period, township_code) DO UPDATE SET numerator = EXCLUDED.numerator,
                            denominator = EXCLUDED.denominator, provenance = EXCLUDED.provenance,
                            reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at""")
                .setParameter("i", indicator).setParameter("p", period).setParameter("t", township)
                .setParameter("n", numerator).setParameter("d", denominator).setParameter("prov", provenance)
                .setParameter("ref", reference).setParameter("at", at).executeUpdate();
    }
}
