package cn.gov.zhangping.fertility.childcare.inspection.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.inspection.domain.EnforcementAction;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Finding;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Inspection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** A nursery's inspections, newest first. */
    public List<Inspection> ofInstitution(UUID institutionId) {
        return list("institutionId = ?1 order by inspectedOn desc, recordedAt desc", institutionId);
    }

    public List<Finding> findings(UUID inspectionId) {
        return getEntityManager().createQuery("from Finding where inspectionId = :id order by rectifyBy, id", Finding.class)
                .setParameter("id", inspectionId).getResultList();
    }

    public Optional<Finding> finding(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Finding.class, id));
    }

    public long openFindings(UUID institutionId) {
        return getEntityManager().createQuery("select count(f) from Finding f where f.institutionId = :id and f.status = :open",
                Long.class).setParameter("id", institutionId).setParameter("open", Finding.Status.OPEN).getSingleResult();
    }

    public void add(Finding finding) {
        getEntityManager().persist(finding);
    }

    public void add(EnforcementAction action) {
        getEntityManager().persist(action);
    }

    /** A nursery's enforcement actions, oldest first. */
    public List<EnforcementAction> actions(UUID institutionId) {
        return getEntityManager().createQuery("from EnforcementAction where institutionId = :id order by recordedAt, id",
                EnforcementAction.class).setParameter("id", institutionId).getResultList();
    }
}
