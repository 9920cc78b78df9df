package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * A childcare institution (托育机构, plan task 8) with its slots, fee and place in the lifecycle. Its row is what
 * enrolments lock ({@code SELECT ... FOR UPDATE}) so that slots are never given twice.
 */
@Entity
@Table(name = "childcare_institution")
public class ChildcareInstitution {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionKind kind;

    @Column(nullable = false)
    public boolean inclusive;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "zone_id")
    public UUID zoneId;

    @Column(nullable = false)
    public String address;

    @Column(name = "total_slots", nullable = false)
    public int totalSlots;

    @Column(name = "inclusive_slots", nullable = false)
    public int inclusiveSlots;

    /** Comma-separated {@link AgeGroup} names. */
    @Column(name = "age_groups", nullable = false)
    public String ageGroups;

    @Column(name = "monthly_fee", nullable = false, precision = 7, scale = 2)
    public BigDecimal monthlyFee;

    @Column(nullable = false)
    public String operator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Moves on with every change the institution events carry (slots, status). */
    @Column(nullable = false)
    public int revision;

    public Set<AgeGroup> ageGroupSet() {
        return ageGroups.isEmpty() ? EnumSet.noneOf(AgeGroup.class)
                : Arrays.stream(ageGroups.split(",")).map(AgeGroup::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(AgeGroup.class)));
    }

    public static String ageGroupsText(Set<AgeGroup> groups) {
        return EnumSet.copyOf(groups).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Moves the institution on in its lifecycle; a step the lifecycle does not allow is a conflict. */
    public InstitutionStatus moveTo(InstitutionStatus to) {
        if (!status.canMoveTo(to)) {
            throw new DomainException(409, "status-not-allowed", "Status change not allowed",
                    "an institution that is " + status + " cannot become " + to + " (allowed: " + status.next() + ")");
        }
        InstitutionStatus from = status;
        status = to;
        revision++;
        return from;
    }

    /** Changes the slots: inclusive slots never above the total, the total never below the children enrolled. */
    public void changeSlots(int total, int inclusiveSlots, long enrolled) {
        if (inclusiveSlots > total) {
            throw DomainException.invalid("inclusiveSlots", "must not be more than totalSlots");
        }
        if (total < enrolled) {
            throw new DomainException(409, "slots-below-enrolled", "Fewer slots than children enrolled",
                    "totalSlots " + total + " is below the " + enrolled + " children enrolled");
        }
        this.totalSlots = total;
        this.inclusiveSlots = inclusiveSlots;
        revision++;
    }
}
