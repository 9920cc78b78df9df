package cn.gov.zhangping.fertility.indicator.population.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** {@code resident_population}: year → township → annual mean resident population. */
@ApplicationScoped
public class PopulationRepository {

    @Inject
    EntityManager em;

    public boolean hasYear(int year) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM resident_population WHERE year = :y")
                .setParameter("y", year).getSingleResult()).longValue() > 0;
    }

    public void add(int year, String township, long population, String source, String loadedBy, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO resident_population (year, township_code, population, source, loaded_by, loaded_at)
                        VALUES (:y, :t, :p, :s, :b, :a)""")
                .setParameter("y", year).setParameter("t", township).setParameter("p", population)
                .setParameter("s", source).setParameter("b", loadedBy).setParameter("a", at).executeUpdate();
    }

    /** year → township → population, for the years in [from, to]. */
    public Map<Integer, Map<String, Long>> between(int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT year, township_code, population FROM resident_population WHERE year BETWEEN :f AND :t""")
                .setParameter("f", from).setParameter("t", to).getResultList();
        Map<Integer, Map<String, Long>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent(((Number) r[0]).intValue(), k -> new HashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        return result;
    }

    public String source(int year) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT source FROM resident_population WHERE year = :y LIMIT 1")
                .setParameter("y", year).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
