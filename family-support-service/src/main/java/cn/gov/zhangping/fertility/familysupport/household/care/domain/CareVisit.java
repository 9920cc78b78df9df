package cn.gov.zhangping.fertility.familysupport.household.care.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a special family's care log. */
@Entity
@Table(name = "household_care_visit")
public class CareVisit {

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CareService service;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
