package cn.gov.zhangping.fertility.benefit.entitlements.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EntitlementRuleRepository implements PanacheRepositoryBase<EntitlementRule, String> {

    /** Every rule version, grouped by entitlement and beneficiary, oldest version first. */
    public List<EntitlementRule> catalogue() {
        return listAll(Sort.by("entitlementCode").and("beneficiary").and("effectiveFrom").and("code"));
    }
}
