package cn.gov.zhangping.fertility.familysupport.family.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyChild;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FamilyChildRepository implements PanacheRepositoryBase<FamilyChild, UUID> {

    public List<FamilyChild> of(UUID familyId) {
        return list("familyId", Sort.by("position"), familyId);
    }

    public Optional<FamilyChild> ofRegistration(UUID registrationId) {
        return find("registrationId", registrationId).firstResultOptional();
    }
}
