package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A family-planning household (漳政办规〔2023〕2号 二(五)15–16) with its basis, scheme and status. Status is a small
 * state machine: ACTIVE, then MOVED_AWAY (moved out of Zhangping) or ENDED (a special family's re-birth); every change
 * is a {@link HouseholdStatusChange} with the next {@link #revision}. The id is pseudonymous: events carry it.
 */
@Entity
@Table(name = "household")
public class Household {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdStatus status;

    /** The day it moved away or its eligibility ended; null while ACTIVE. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The day it became a special family (enrolled as one, or its only child died or became disabled). */
    @Column(name = "special_since")
    public LocalDate specialSince;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static Household enrol(Basis basis, UUID familyId, String townshipCode, LocalDate since, Instant at, String by) {
        Household h = new Household();
        h.id = UUID.randomUUID();
        h.basis = basis;
        h.scheme = basis.scheme();
        h.status = HouseholdStatus.ACTIVE;
        h.specialSince = basis.scheme() == Scheme.SPECIAL_ASSISTANCE ? since : null;
        h.familyId = familyId;
        h.townshipCode = townshipCode;
        h.revision = 1;
        h.createdAt = at;
        h.createdBy = by;
        return h;
    }

    public boolean isActive() {
        return status == HouseholdStatus.ACTIVE;
    }

    /** The only child died or became disabled: the household becomes a special family. */
    void becomeSpecial(Basis special, LocalDate on) {
        basis = special;
        scheme = special.scheme();
        specialSince = on;
        revision++;
    }

    void end(HouseholdStatus to, LocalDate on) {
        status = to;
        endedOn = on;
        revision++;
    }

    void changed() {
        revision++;
    }
}
