package cn.gov.zhangping.fertility.benefit.entitlements.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EntitlementRepository implements PanacheRepositoryBase<Entitlement, UUID> {

    /** Every entitlement of the birth, withdrawn ones included. */
    public List<Entitlement> ofBirth(UUID birthRegistrationId) {
        return list("birthRegistrationId", Sort.by("code").and("beneficiary"), birthRegistrationId);
    }

    public List<Entitlement> page(UUID birthRegistrationId, PageRequest page) {
        return find("birthRegistrationId", Sort.by("code").and("beneficiary"), birthRegistrationId)
                .page(page.page, page.size).list();
    }

    public long count(UUID birthRegistrationId) {
        return count("birthRegistrationId", birthRegistrationId);
    }
}
