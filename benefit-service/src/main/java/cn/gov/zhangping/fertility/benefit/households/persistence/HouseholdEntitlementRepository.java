package cn.gov.zhangping.fertility.benefit.households.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.benefit.households.domain.HouseholdEntitlement;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdEntitlementRepository implements PanacheRepositoryBase<HouseholdEntitlement, UUID> {

    public Optional<HouseholdEntitlement> lockedOf(UUID householdId, PolicyCode code) {
        return find("householdId = ?1 and policyCode = ?2", householdId, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<HouseholdEntitlement> lockedOf(UUID householdId) {
        return find("householdId = ?1 order by policyCode", householdId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<HouseholdEntitlement> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by policyCode, householdId", familyId);
    }
}
