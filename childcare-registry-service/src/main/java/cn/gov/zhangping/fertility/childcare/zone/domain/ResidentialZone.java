package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;

/**
 * A residential zone (住宅区) of task 9: new zones plan at least 10 inclusive slots per 1,000 residents, built zones
 * make up at least 3 (planning standards NEW_AREA_ and BUILT_AREA_INCLUSIVE_SLOTS_PER_1000). Its code is stable (the
 * township code, Z, three digits); institutions refer to it by its id. Every change moves the revision on.
 */
@Entity
@Table(name = "residential_zone")
public class ResidentialZone {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZoneKind kind;

    @Column(nullable = false)
    public int residents;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Replaces what the register says of the zone (its code and township stay); false when nothing changed. */
    public boolean change(ZoneDetails d, Instant at) {
        if (name.equals(d.name()) && communityCode.equals(d.communityCode()) && kind == d.kind() && residents == d.residents()) {
            return false;
        }
        name = d.name();
        communityCode = d.communityCode();
        kind = d.kind();
        residents = d.residents();
        revision++;
        changedAt = at;
        return true;
    }
}
