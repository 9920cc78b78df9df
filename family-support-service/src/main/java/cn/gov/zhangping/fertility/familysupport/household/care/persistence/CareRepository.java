package cn.gov.zhangping.fertility.familysupport.household.care.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.household.care.domain.CareArrangement;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CareVisit;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CensusCheck;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CensusLevel;

/** The care arrangement, care log and census checks of households. */
@ApplicationScoped
public class CareRepository {

    @Inject
    EntityManager em;

    public Optional<CareArrangement> arrangement(UUID householdId) {
        return Optional.ofNullable(em.find(CareArrangement.class, householdId));
    }

    public Optional<CensusCheck> census(UUID householdId, int year, CensusLevel level) {
        return Optional.ofNullable(em.find(CensusCheck.class, new CensusCheck.Key(householdId, year, level)));
    }

    public List<CareVisit> visits(UUID householdId) {
        return em.createQuery("from CareVisit where householdId = :h order by visitedOn, recordedAt", CareVisit.class)
                .setParameter("h", householdId).getResultList();
    }

    public List<CensusCheck> censusChecks(UUID householdId) {
        return em.createQuery("from CensusCheck where householdId = :h order by year, level", CensusCheck.class)
                .setParameter("h", householdId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
