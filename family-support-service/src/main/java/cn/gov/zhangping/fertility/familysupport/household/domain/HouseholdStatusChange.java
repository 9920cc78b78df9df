package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One change of a household's status, with what it left the household as (its history). */
@Entity
@Table(name = "household_status_change")
@IdClass(HouseholdStatusChange.Key.class)
public class HouseholdStatusChange {

    public record Key(UUID householdId, int revision) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind kind;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_after", nullable = false)
    public Basis basisAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_after", nullable = false)
    public Scheme schemeAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    public HouseholdStatus statusAfter;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static HouseholdStatusChange of(Household h, ChangeKind kind, UUID memberId, LocalDate on, Instant at, String by) {
        HouseholdStatusChange c = new HouseholdStatusChange();
        c.householdId = h.id;
        c.revision = h.revision;
        c.kind = kind;
        c.memberId = memberId;
        c.effectiveOn = on;
        c.basisAfter = h.basis;
        c.schemeAfter = h.scheme;
        c.statusAfter = h.status;
        c.recordedAt = at;
        c.recordedBy = by;
        return c;
    }
}
