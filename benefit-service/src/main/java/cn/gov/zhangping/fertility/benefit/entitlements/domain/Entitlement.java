package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * What one registered birth entitles one beneficiary to: at most one per birth, entitlement and beneficiary.
 * Quantity, unit and percent are the terms of the granting rule at the time; the rule gives the plan source and
 * who bears the cost.
 * <p>
 * An entitlement follows its birth registration: when the registration is corrected the entitlements are
 * determined again, and each one is granted, changed to its new terms or withdrawn accordingly; when the
 * registration is cancelled every one is withdrawn. Nothing is deleted: a withdrawn entitlement stays, and each
 * change is a {@link EntitlementChange} in its history.
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

    /** When it was first granted. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("revision")
    public List<EntitlementChange> history = new ArrayList<>();

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

    /** Records that this newly determined entitlement was granted. */
    public void granted(Cause cause, Instant now) {
        history.add(EntitlementChange.of(this, ChangeType.GRANTED, cause, now));
    }

    /** Records that this newly determined entitlement was granted but is held while a review is pending. */
    public void grantedHeld(Cause cause, Instant now) {
        status = EntitlementStatus.HELD;
        history.add(EntitlementChange.of(this, ChangeType.HELD, cause, now));
    }

    /**
     * The birth was determined again while its registration is under review and this entitlement, due, depends on a
     * doubtful fact: it is held on the terms {@code due} has (one history row for the revision).
     */
    public void becomesDueHeld(Entitlement due, Cause cause, Instant now) {
        boolean sameTerms = sameTermsAs(due);
        if (status == EntitlementStatus.HELD && sameTerms) {
            return;
        }
        ChangeType type = status == EntitlementStatus.HELD ? ChangeType.CHANGED : ChangeType.HELD;
        takeTermsOf(due);
        status = EntitlementStatus.HELD;
        history.add(EntitlementChange.of(this, type, cause, now));
    }

    /** The review is closed: a held entitlement is released (ELIGIBLE). */
    public void release(Cause cause, Instant now) {
        if (status == EntitlementStatus.HELD) {
            status = EntitlementStatus.ELIGIBLE;
            history.add(EntitlementChange.of(this, ChangeType.RELEASED, cause, now));
        }
    }

    /**
     * The birth was determined again and this entitlement is {@code due} (on the terms {@code due} has): a withdrawn
     * one is granted again, one on other terms is changed to them, one on the same terms stays as it is.
     */
    public void becomesDue(Entitlement due, Cause cause, Instant now) {
        if (status == EntitlementStatus.WITHDRAWN || status == EntitlementStatus.HELD) {
            ChangeType type = status == EntitlementStatus.HELD ? ChangeType.RELEASED : ChangeType.GRANTED;
            takeTermsOf(due);
            status = EntitlementStatus.ELIGIBLE;
            history.add(EntitlementChange.of(this, type, cause, now));
        } else if (!sameTermsAs(due)) {
            takeTermsOf(due);
            history.add(EntitlementChange.of(this, ChangeType.CHANGED, cause, now));
        }
    }

    /** The birth was determined again, or cancelled, and this entitlement is no longer due: it is withdrawn. */
    public void noLongerDue(Cause cause, Instant now) {
        if (status != EntitlementStatus.WITHDRAWN) {
            status = EntitlementStatus.WITHDRAWN;
            history.add(EntitlementChange.of(this, ChangeType.WITHDRAWN, cause, now));
        }
    }

    /** Whether {@code other} is the same entitlement of the same beneficiary (whatever its terms). */
    public boolean sameKindAs(Entitlement other) {
        return code == other.code && beneficiary == other.beneficiary;
    }

    /** Whether {@code other} grants on the same terms: rule, quantity, unit, percent and period. */
    public boolean sameTermsAs(Entitlement other) {
        return rule.code.equals(other.rule.code) && Objects.equals(quantity, other.quantity) && unit == other.unit
                && (percent == null ? other.percent == null : other.percent != null && percent.compareTo(other.percent) == 0)
                && validFrom.equals(other.validFrom) && validUntil.equals(other.validUntil);
    }

    private void takeTermsOf(Entitlement due) {
        rule = due.rule;
        quantity = due.quantity;
        unit = due.unit;
        percent = due.percent;
        validFrom = due.validFrom;
        validUntil = due.validUntil;
    }
}
