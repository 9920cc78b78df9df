package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One change of an entitlement, kept for good: what happened, why, which revision of the birth registration caused
 * it, and the terms the entitlement has from then on. At most one per entitlement and revision.
 */
@Entity
@Table(name = "entitlement_change")
public class EntitlementChange {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entitlement_id", nullable = false, updatable = false)
    public Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false)
    public ChangeType changeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeReason reason;

    public String detail;

    @Column(nullable = false)
    public int revision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rule_code", nullable = false)
    public EntitlementRule rule;

    public Integer quantity;

    @Enumerated(EnumType.STRING)
    public EntitlementUnit unit;

    @Column(precision = 5, scale = 2)
    public BigDecimal percent;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static EntitlementChange of(Entitlement e, ChangeType type, Cause cause, Instant now) {
        EntitlementChange c = new EntitlementChange();
        c.id = UUID.randomUUID();
        c.entitlement = e;
        c.changeType = type;
        c.reason = cause.reason();
        c.detail = cause.detail();
        c.revision = cause.revision();
        c.rule = e.rule;
        c.quantity = e.quantity;
        c.unit = e.unit;
        c.percent = e.percent;
        c.validFrom = e.validFrom;
        c.validUntil = e.validUntil;
        c.changedAt = now;
        return c;
    }
}
