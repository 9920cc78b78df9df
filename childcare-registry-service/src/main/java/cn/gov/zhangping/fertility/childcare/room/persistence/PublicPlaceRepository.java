package cn.gov.zhangping.fertility.childcare.room.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.childcare.room.domain.PublicPlace;
import cn.gov.zhangping.fertility.childcare.room.domain.RoomRequirementRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PublicPlaceRepository implements PanacheRepositoryBase<PublicPlace, UUID> {

    public Optional<PublicPlace> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Places of a township (all when null), by township and name. */
    public List<PublicPlace> inTownship(String townshipCode) {
        return townshipCode == null ? list("order by townshipCode, name, id")
                : list("townshipCode = ?1 order by name, id", townshipCode);
    }

    /** The same, limited to {@code townships} (empty: the whole city). */
    public List<PublicPlace> inTownship(String townshipCode, java.util.Optional<java.util.Set<String>> townships) {
        if (townships.isEmpty()) {
            return inTownship(townshipCode);
        }
        return townshipCode == null ? list("townshipCode in ?1 order by townshipCode, name, id", townships.get())
                : list("townshipCode = ?1 and townshipCode in ?2 order by name, id", townshipCode, townships.get());
    }

    /** The seeded rules, by code. */
    public List<RoomRequirementRule> rules() {
        return getEntityManager().createQuery("from RoomRequirementRule order by code", RoomRequirementRule.class).getResultList();
    }
}
