package cn.gov.zhangping.fertility.indicator.childcare.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.childcare.domain.CommunityState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.InstitutionState;

/**
 * {@code institution_observation} and {@code community_observation}: every revision the registry published, and the
 * registry as it stood before a moment (the highest revision of each institution or community changed before it).
 * A revision seen again (a redelivery, a replay) is kept once.
 */
@ApplicationScoped
public class ChildcareObservationRepository {

    @Inject
    EntityManager em;

    public void observeInstitution(UUID id, int revision, Instant changedAt, String kind, boolean inclusive,
                                   String township, String community, String status, int totalSlots, int inclusiveSlots) {
        em.createNativeQuery("""
                        INSERT INTO institution_observation (institution_id, revision, changed_at, kind, inclusive,
                            township_code, community_code, status, total_slots, inclusive_slots)
                        VALUES (:id, :r, :at, :k, :inc, :t, :c, :s, :total, :islots)
                        ON CONFLICT (institution_id, revision) DO NOTHING""")
                .setParameter("id", id).setParameter("r", revision).setParameter("at", changedAt)
                .setParameter("k", kind).setParameter("inc", inclusive).setParameter("t", township)
                .setParameter("c", community).setParameter("s", status).setParameter("total", totalSlots)
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

    /** Whether the registry had published any institution before {@code before}: before that, 12-15 have no data. */
    public boolean anyInstitutionBefore(Instant before) {
        return !em.createNativeQuery("SELECT 1 FROM institution_observation WHERE changed_at < :b LIMIT 1")
                .setParameter("b", before).getResultList().isEmpty();
    }

    public List<InstitutionState> institutionsBefore(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (institution_id) township_code, community_code, status, total_slots, inclusive_slots
                        FROM institution_observation WHERE changed_at < :b
                        ORDER BY institution_id, revision DESC""")
                .setParameter("b", before).getResultList();
        return rows.stream().map(r -> new InstitutionState((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
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

    /** A plan parameter of {@code computation_rule}. */
    public long rule(String code) {
        return ((BigDecimal) em.createNativeQuery("SELECT value FROM computation_rule WHERE code = :c")
                .setParameter("c", code).getSingleResult()).longValue();
    }
}
