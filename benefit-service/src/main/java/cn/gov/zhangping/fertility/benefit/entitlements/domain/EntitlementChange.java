package cn.gov.zhangping.fertility.benefit.entitlements.domain;

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

import cn.gov.zhangping.fertility.benefit.policy.domain.DeterminationReason;
import cn.gov.zhangping.fertility.benefit.policy.domain.EntitlementState;

/** One change of an entitlement: what it became, why, from which registration revision, and when. */
@Entity
@Table(name = "entitlement_change")
public class EntitlementChange {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entitlement_id", nullable = false)
    public Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeCause cause;

    public String detail;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntitlementState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeterminationReason reason;

    @Column(name = "version_number")
    public Integer versionNumber;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "amount_fen")
    public Long amountFen;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static EntitlementChange of(Entitlement e, Cause cause, LocalDate day, Instant now) {
        EntitlementChange c = new EntitlementChange();
        c.id = UUID.randomUUID();
        c.entitlement = e;
        c.cause = cause.cause();
        c.detail = cause.detail();
        c.revision = cause.revision();
        c.state = e.state;
        c.reason = e.reason;
        c.versionNumber = e.versionNumber;
        c.periodFrom = e.periodFrom;
        c.periodTo = e.periodTo;
        c.amountFen = e.amountFen;
        c.changedOn = day;
        c.changedAt = now;
        return c;
    }
}
