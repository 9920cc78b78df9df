package cn.gov.zhangping.fertility.familysupport.household.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdMember;
import cn.gov.zhangping.fertility.familysupport.household.domain.MemberRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HouseholdMemberRepository implements PanacheRepositoryBase<HouseholdMember, UUID> {

    public List<HouseholdMember> of(UUID householdId) {
        return list("householdId", Sort.by("position"), householdId);
    }

    public List<HouseholdMember> ofHouseholds(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? List.of() : list("householdId in ?1", Sort.by("householdId").and("position"), householdIds);
    }

    /** Children with this identity number (one of its keyed indexes, one per index key), in any household. */
    public List<HouseholdMember> childrenByIdIndex(Collection<String> indexes) {
        return list("idNumberIndex in ?1 and role = ?2", indexes, MemberRole.CHILD);
    }
}
