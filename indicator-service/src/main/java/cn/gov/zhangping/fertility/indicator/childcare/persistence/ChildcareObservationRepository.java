package cn.gov.zhangping.fertility.indicator.childcare.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.childcare.domain.CommunityState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.InstitutionState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.PlaceState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.ZoneState;

/**
 * {@code institution_observation}, {@code community_observation}, {@code zone_observation}, {@code place_observation} and
 * {@code training_observation}: every revision the registry published, and the registry as it stood before a moment
 * (the highest revision of each institution, community, zone or place changed before it).
 * A revision seen again (a redelivery, a replay) is kept once.
 */
@ApplicationScoped
public class ChildcareObservationRepository {

    @Inject
    EntityManager em;

    public void observeInstitution(UUID id, int revision, Instant changedAt, String kind, boolean inclusive,
                                   String township, String community, UUID zone, String status, int totalSlots,
                                   int inclusiveSlots) {
        em.createNativeQuery("""
                        INSERT INTO institution_observation (institution_id, revision, changed_at, kind, inclusive,
                            township_code, community_code, zone_id, status, total_slots, inclusive_slots)
                        VALUES (:id, :r, :at, :k, :inc, :t, :c, CAST(:z AS uuid), :s, :total, :islots)
                        ON CONFLICT (institution_id, revision) DO NOTHING""")
                .setParameter("id", id).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("k", kind).setParameter("inc", inclusive).setParameter("t", township)
                .setParameter("c", community).setParameter("z", zone == null ? null : zone.toString())
                .setParameter("s", status).setParameter("total", totalSlots)
                .setParameter("islots", inclusiveSlots).executeUpdate();
    }

    public void observeCommunity(String code, int revision, Instant changedAt, String township, String areaType) {
        em.createNativeQuery("""
                        INSERT INTO community_observation (community_code, revision, changed_at, township_code, area_type)
                        VALUES (:c, :r, :at, :t, :a)
                        ON CONFLICT (community_code, revision) DO NOTHING""")
                .setParameter("c", code).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("t", township).setParameter("a", areaType).executeUpdate();
    }

    public List<InstitutionState> institutionsBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (institution_id) township_code, community_code, zone_id, status, total_slots,
                            inclusive_slots
                        FROM institution_observation WHERE changed_at < :b
                        ORDER BY institution_id, revision DESC""")
                .setParameter("b", before).getResultList();
        return rows.stream().map(r -> new InstitutionState((String) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue())).toList();
    }

    public List<CommunityState> communitiesBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (community_code) community_code, township_code, area_type
                        FROM community_observation WHERE changed_at < :b
                        ORDER BY community_code, revision DESC""")
                .setParameter("b", before).getResultList();
        return rows.stream().map(r -> new CommunityState((String) r[0], (String) r[1], "URBAN".equals(r[2]))).toList();
    }

    public void observeZone(UUID id, int revision, Instant changedAt, String township, String kind, int residents) {
        em.createNativeQuery("""
                        INSERT INTO zone_observation (zone_id, revision, changed_at, township_code, kind, residents)
                        VALUES (:id, :r, :at, :t, :k, :n) ON CONFLICT (zone_id, revision) DO NOTHING""")
                .setParameter("id", id).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("t", township).setParameter("k", kind).setParameter("n", residents).executeUpdate();
    }

    public void observeTraining(UUID id, int revision, Instant changedAt, String township, LocalDate endDate, int trained) {
        em.createNativeQuery("""
                        INSERT INTO training_observation (cohort_id, revision, changed_at, township_code, end_date, trained)
                        VALUES (:id, :r, :at, :t, :e, :n) ON CONFLICT (cohort_id, revision) DO NOTHING""")
                .setParameter("id", id).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("t", township).setParameter("e", endDate).setParameter("n", trained).executeUpdate();
    }

    public void observePlace(UUID id, int revision, Instant changedAt, String township, boolean required, boolean present) {
        em.createNativeQuery("""
                        INSERT INTO place_observation (place_id, revision, changed_at, township_code, room_required, room_present)
                        VALUES (:id, :r, :at, :t, :req, :p) ON CONFLICT (place_id, revision) DO NOTHING""")
                .setParameter("id", id).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("t", township).setParameter("req", required).setParameter("p", present).executeUpdate();
    }

    public List<ZoneState> zonesBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (zone_id) zone_id, township_code, kind, residents
                        FROM zone_observation WHERE changed_at < :b ORDER BY zone_id, revision DESC""")
                .setParameter("b", before).getResultList();
        return rows.stream().map(r -> new ZoneState((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue())).toList();
    }

    public List<PlaceState> placesBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (place_id) township_code, room_required, room_present
                        FROM place_observation WHERE changed_at < :b ORDER BY place_id, revision DESC""")
                .setParameter("b", before).getResultList();
        return rows.stream().map(r -> new PlaceState((String) r[0], (Boolean) r[1], (Boolean) r[2])).toList();
    }

    /**
     * Persons trained per township in the cohorts (as last corrected) that ended in [from, to]; null when no cohort
     * has been recorded at all.
     */
    public Map<String, Long> trainedBetween(LocalDate from, LocalDate to) {
        if (em.createNativeQuery("SELECT 1 FROM training_observation LIMIT 1").getResultList().isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT township_code, sum(trained) FROM (
                            SELECT DISTINCT ON (cohort_id) township_code, end_date, trained
                            FROM training_observation ORDER BY cohort_id, revision DESC) latest
                        WHERE end_date BETWEEN :f AND :t GROUP BY township_code""")
                .setParameter("f", from).setParameter("t", to).getResultList();
        Map<String, Long> result = new HashMap<>();
        rows.forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    /** A plan parameter of {@code computation_rule}. */
    public BigDecimal rule(String code) {
        return (BigDecimal) em.createNativeQuery("SELECT value FROM computation_rule WHERE code = :c")
                .setParameter("c", code).getSingleResult();
    }
}
