package cn.gov.zhangping.fertility.indicator.births.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class BirthCountRepository {

    @Inject
    EntityManager em;

    public void increment(int year, String townshipCode, String sex) {
        em.createNativeQuery("""
                        INSERT INTO birth_count (birth_year, township_code, sex, births) VALUES (:year, :township, :sex, 1)
                        ON CONFLICT (birth_year, township_code, sex) DO UPDATE SET births = birth_count.births + 1""")
                .setParameter("year", year)
                .setParameter("township", townshipCode)
                .setParameter("sex", sex)
                .executeUpdate();
    }

    /** township code → sex → births. */
    public Map<String, Map<String, Long>> countsByTownshipAndSex(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT township_code, sex, births FROM birth_count WHERE birth_year = :year")
                .setParameter("year", year)
                .getResultList();
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        return result;
    }
}
