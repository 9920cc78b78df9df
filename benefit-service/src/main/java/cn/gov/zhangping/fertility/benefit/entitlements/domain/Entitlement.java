package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.DeterminationReason;
import cn.gov.zhangping.fertility.benefit.policy.domain.EntitlementState;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * Where a child's family stood with one policy when it was last determined (an event, or the daily job), and the
 * history of every change. One per child and policy; nothing is deleted.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement {

    @Id
    public UUID id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_code", nullable = false)
    public PolicyCode policyCode;

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

    @Column(name = "determined_on", nullable = false)
    public LocalDate determinedOn;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("changedAt, id")
    public List<EntitlementChange> history = new ArrayList<>();

    public static Entitlement of(UUID registrationId, PolicyCode code) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.registrationId = registrationId;
        e.policyCode = code;
        return e;
    }

    /**
     * Takes what {@code d} says on {@code day}; records a change (with {@code cause}) only when the state, reason,
     * version, period or amount differ from what it was. Returns whether it changed.
     */
    public boolean becomes(Determination d, LocalDate day, Cause cause, Instant now) {
        Determination.Period current = d.periodAround(day);
        Integer version = current == null ? null : current.version();
        LocalDate from = d.periods().isEmpty() ? null : d.periods().get(0).from();
        LocalDate to = d.periods().isEmpty() ? null : d.periods().get(d.periods().size() - 1).to();
        Long amount = d.periods().stream().anyMatch(p -> p.amount() != null) ? d.totalAmount().value() : null;
        determinedOn = day;
        if (!history.isEmpty() && state == d.state() && reason == d.reason() && Objects.equals(versionNumber, version)
                && Objects.equals(periodFrom, from) && Objects.equals(periodTo, to) && Objects.equals(amountFen, amount)) {
            return false;
        }
        state = d.state();
        reason = d.reason();
        versionNumber = version;
        periodFrom = from;
        periodTo = to;
        amountFen = amount;
        history.add(EntitlementChange.of(this, cause, day, now));
        return true;
    }
}
