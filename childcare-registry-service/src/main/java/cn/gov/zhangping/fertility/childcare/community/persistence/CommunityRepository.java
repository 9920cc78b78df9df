package cn.gov.zhangping.fertility.childcare.community.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    /** The communities of a township (all when null), by code. */
    public List<Community> inTownship(String townshipCode) {
        return townshipCode == null ? list("order by code") : list("townshipCode = ?1 order by code", townshipCode);
    }

    /** The same, limited to {@code townships} (empty: the whole city). */
    public List<Community> inTownship(String townshipCode, java.util.Optional<java.util.Set<String>> townships) {
        if (townships.isEmpty()) {
            return inTownship(townshipCode);
        }
        return townshipCode == null ? list("townshipCode in ?1 order by code", townships.get())
                : list("townshipCode = ?1 and townshipCode in ?2 order by code", townshipCode, townships.get());
    }
}
