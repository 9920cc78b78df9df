package cn.gov.zhangping.fertility.benefit.households.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One change of a household's entitlement, with its cause (a review, a status change) and what it became. */
@Entity
@Table(name = "household_entitlement_change")
public class HouseholdEntitlementChange {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entitlement_id", nullable = false)
    public HouseholdEntitlement entitlement;

    @Column(nullable = false)
    public String cause;

    public String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdEntitlement.State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdEntitlement.Reason reason;

    @Column(nullable = false)
    public int year;

    @Column(name = "amount_due_fen", nullable = false)
    public long amountDueFen;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static HouseholdEntitlementChange of(HouseholdEntitlement e, String cause, String detail, Instant at) {
        HouseholdEntitlementChange c = new HouseholdEntitlementChange();
        c.id = UUID.randomUUID();
        c.entitlement = e;
        c.cause = cause;
        c.detail = detail;
        c.state = e.state;
        c.reason = e.reason;
        c.year = e.year;
        c.amountDueFen = e.amountDueFen;
        c.changedAt = at;
        return c;
    }
}
