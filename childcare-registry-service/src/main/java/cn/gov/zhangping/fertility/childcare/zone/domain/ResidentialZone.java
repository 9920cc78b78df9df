package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A residential zone (住宅区) of task 9: new zones plan at least 10 inclusive slots per 1,000 residents, built zones
 * make up at least 3 (planning standards NEW_AREA_ and BUILT_AREA_INCLUSIVE_SLOTS_PER_1000).
 */
@Entity
@Table(name = "residential_zone")
public class ResidentialZone {

    public enum Kind { NEW, BUILT }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code")
    public String communityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public int residents;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
