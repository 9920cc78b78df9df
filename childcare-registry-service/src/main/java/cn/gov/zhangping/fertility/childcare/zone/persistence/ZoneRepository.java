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
        return list(q + " order by code", p);
    }
}
