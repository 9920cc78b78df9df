package cn.gov.zhangping.fertility.familysupport.household.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdEvidence;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HouseholdEvidenceRepository implements PanacheRepositoryBase<HouseholdEvidence, UUID> {

    public List<HouseholdEvidence> of(UUID householdId) {
        return list("householdId", Sort.by("recordedAt").and("id"), householdId);
    }
}
