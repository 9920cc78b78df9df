package cn.gov.zhangping.fertility.childcare.zone.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ZoneRepository implements PanacheRepositoryBase<ResidentialZone, UUID> {

    public Optional<ResidentialZone> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Zones of a township (all when null) of a kind (any when null), by code. */
    public List<ResidentialZone> find(String townshipCode, ZoneKind kind) {
        return find(townshipCode, kind, Optional.empty());
    }

    /** The same, limited to {@code townships} (empty: the whole city). */
    public List<ResidentialZone> find(String townshipCode, ZoneKind kind, Optional<java.util.Set<String>> townships) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (townshipCode != null) {
            q.append(" and townshipCode = :township");
            p.put("township", townshipCode);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.put("kind", kind);
        }
        if (townships.isPresent()) {
            q.append(" and townshipCode in :scope");
            p.put("scope", townships.get());
        }
        return list(q + " order by code", p);
    }
}
