package cn.gov.zhangping.fertility.benefit.entitlements.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EntitlementRepository implements PanacheRepositoryBase<Entitlement, UUID> {

    public List<Entitlement> ofChild(UUID registrationId) {
        return list("registrationId = ?1 order by policyCode", registrationId);
    }

    /** The children with a stored entitlement of {@code code}, in id order. */
    public List<UUID> childrenWith(PolicyCode code) {
        return getEntityManager().createQuery("select e.registrationId from Entitlement e where e.policyCode = :code "
                + "order by e.registrationId", UUID.class).setParameter("code", code).getResultList();
    }
}
