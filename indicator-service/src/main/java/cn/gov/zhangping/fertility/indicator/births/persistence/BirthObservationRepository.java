package cn.gov.zhangping.fertility.indicator.births.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.births.domain.BirthCell;

/** {@code birth_observation}: per registration, the cell it is counted in, or that it is not counted. */
@ApplicationScoped
public class BirthObservationRepository {

    @Inject
    EntityManager em;

    public void observe(UUID registrationId, int revision, BirthCell cell) {
        em.createNativeQuery("""
                        INSERT INTO birth_observation (registration_id, birth_year, township_code, sex, counted, revision, observed_at)
                        VALUES (:id, :year, :township, :sex, true, :revision, now())
                        ON CONFLICT (registration_id) DO UPDATE SET birth_year = EXCLUDED.birth_year,
                            township_code = EXCLUDED.township_code, sex = EXCLUDED.sex, counted = true,
                            revision = EXCLUDED.revision, observed_at = EXCLUDED.observed_at""")
                .setParameter("id", registrationId)
                .setParameter("year", cell.year())
                .setParameter("township", cell.townshipCode())
                .setParameter("sex", cell.sex())
                .setParameter("revision", revision)
                .executeUpdate();
    }

    /** Not counted from now on; the row keeps the cell it was last counted in, if any. */
    public void remove(UUID registrationId, int revision) {
        em.createNativeQuery("""
                        INSERT INTO birth_observation (registration_id, counted, revision, observed_at)
                        VALUES (:id, false, :revision, now())
                        ON CONFLICT (registration_id) DO UPDATE SET counted = false, revision = EXCLUDED.revision,
                            observed_at = EXCLUDED.observed_at""")
                .setParameter("id", registrationId)
                .setParameter("revision", revision)
                .executeUpdate();
    }

    /** township code → sex → births counted in the year. */
    public Map<String, Map<String, Long>> countsByTownshipAndSex(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT township_code, sex, count(*) FROM birth_observation
                        WHERE counted AND birth_year = :year GROUP BY township_code, sex""")
                .setParameter("year", year)
                .getResultList();
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        return result;
    }

    /** year → township code → sex → births counted, for the years of birth in [from, to]. */
    public Map<Integer, Map<String, Map<String, Long>>> countsBetween(int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT birth_year, township_code, sex, count(*) FROM birth_observation
                        WHERE counted AND birth_year BETWEEN :from AND :to GROUP BY birth_year, township_code, sex""")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Integer, Map<String, Map<String, Long>>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent(((Number) r[0]).intValue(), k -> new HashMap<>())
                    .computeIfAbsent((String) r[1], k -> new HashMap<>()).put((String) r[2], ((Number) r[3]).longValue());
        }
        return result;
    }
}
