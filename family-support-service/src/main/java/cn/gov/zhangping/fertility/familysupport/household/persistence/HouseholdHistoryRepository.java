package cn.gov.zhangping.fertility.familysupport.household.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HouseholdHistoryRepository implements PanacheRepositoryBase<HouseholdStatusChange, HouseholdStatusChange.Key> {

    public List<HouseholdStatusChange> of(UUID householdId) {
        return list("householdId", Sort.by("revision"), householdId);
    }
}
