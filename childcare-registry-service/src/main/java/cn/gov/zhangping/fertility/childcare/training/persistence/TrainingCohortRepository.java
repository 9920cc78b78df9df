package cn.gov.zhangping.fertility.childcare.training.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohort;
import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohortVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingCohortRepository implements PanacheRepositoryBase<TrainingCohort, UUID> {

    public Optional<TrainingCohort> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Cohorts ending in the year (all when null), by end date. */
    public List<TrainingCohort> endingIn(Integer year) {
        if (year == null) {
            return list("order by endDate, id");
        }
        return list("year(endDate) = ?1 order by endDate, id", year);
    }

    public void record(TrainingCohortVersion version) {
        getEntityManager().persist(version);
    }

    public List<TrainingCohortVersion> versions(UUID cohortId) {
        return getEntityManager().createQuery("from TrainingCohortVersion where cohortId = :id order by revision",
                TrainingCohortVersion.class).setParameter("id", cohortId).getResultList();
    }
}
