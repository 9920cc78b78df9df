package cn.gov.zhangping.fertility.childcare.institution.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<ChildcareInstitution, UUID> {

    /** The institution with its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
    public Optional<ChildcareInstitution> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean creditCodeTaken(String creditCode) {
        return count("creditCode", creditCode) > 0;
    }

    /** Institutions of a township (all when null) with a status (any when null), by name. */
    public List<ChildcareInstitution> find(String townshipCode, InstitutionStatus status) {
        return find(townshipCode, status, java.util.Optional.empty());
    }

    /** The same, limited to {@code townships} (empty: the whole city). */
    public List<ChildcareInstitution> find(String townshipCode, InstitutionStatus status,
                                           java.util.Optional<java.util.Set<String>> townships) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (townshipCode != null) {
            q.append(" and townshipCode = :township");
            p.put("township", townshipCode);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (townships.isPresent()) {
            q.append(" and townshipCode in :scope");
            p.put("scope", townships.get());
        }
        return list(q + " order by name, id", p);
    }

    public void record(InstitutionStatusChange change) {
        getEntityManager().persist(change);
    }

    public List<InstitutionStatusChange> history(UUID institutionId) {
        return getEntityManager().createQuery("from InstitutionStatusChange where institutionId = :id order by recordedAt, id",
                InstitutionStatusChange.class).setParameter("id", institutionId).getResultList();
    }
}
