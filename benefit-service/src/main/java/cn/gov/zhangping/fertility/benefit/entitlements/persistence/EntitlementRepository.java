package cn.gov.zhangping.fertility.benefit.entitlements.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EntitlementRepository implements PanacheRepositoryBase<Entitlement, UUID> {

    public List<Entitlement> ofChild(UUID registrationId) {
        return list("registrationId = ?1 order by policyCode", registrationId);
    }
}
