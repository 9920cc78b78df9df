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
import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * What one registered birth entitles one beneficiary to: at most one per birth, entitlement and beneficiary.
 * Quantity, unit and percent are the terms of the granting rule at the time; the rule gives the plan source and
 * who bears the cost.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement {

    @Id
    public UUID id;

    @Column(name = "birth_registration_id", nullable = false)
    public UUID birthRegistrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntitlementCode code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Beneficiary beneficiary;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntitlementStatus status;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /**
     * The entitlement {@code rule} grants for {@code birth}: from the day the child reaches the rule's lower age to
     * the day before it reaches the upper one ({@link Ages}).
     */
    public static Entitlement grant(EntitlementRule rule, Birth birth, Instant now) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.birthRegistrationId = birth.registrationId();
        e.code = rule.entitlementCode;
        e.beneficiary = rule.beneficiary;
        e.rule = rule;
        e.quantity = rule.quantity;
        e.unit = rule.unit;
        e.percent = rule.percent;
        e.validFrom = Ages.dayReaching(birth.birthDate(), rule.ageFromMonths);
        e.validUntil = Ages.lastDayBefore(birth.birthDate(), rule.ageToMonths);
        e.status = EntitlementStatus.ELIGIBLE;
        e.recordedAt = now;
        return e;
    }
}
