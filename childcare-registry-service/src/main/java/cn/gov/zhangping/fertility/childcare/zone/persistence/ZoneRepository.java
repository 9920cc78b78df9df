package cn.gov.zhangping.fertility.childcare.zone.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ZoneRepository implements PanacheRepositoryBase<ResidentialZone, UUID> {
}
