package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One version of a rule of the plan that grants an entitlement from a birth: who gets what, for which children,
 * between which ages, for births in which period, and where the plan says so. The figures are data (seeded from
 * 漳政办规〔2023〕2号 by migration), never constants in code.
 */
@Entity
@Table(name = "entitlement_rule")
public class EntitlementRule {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement_code", nullable = false)
    public EntitlementCode entitlementCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Beneficiary beneficiary;

    /** Only for this child and later ones (3 = third child, 生育三孩); null = every child. */
    @Column(name = "min_birth_order")
    public Integer minBirthOrder;

    /** Only for a child born into a family-planning special family (计生特殊家庭再生育). */
    @Column(name = "special_family_only", nullable = false)
    public boolean specialFamilyOnly;

    public Integer quantity;

    @Enumerated(EnumType.STRING)
    public EntitlementUnit unit;

    /** Share of the cost the family does not pay: 50 = half the fee waived, 100 = free. */
    @Column(precision = 5, scale = 2)
    public BigDecimal percent;

    @Column(name = "age_from_months", nullable = false)
    public int ageFromMonths;

    @Column(name = "age_to_months", nullable = false)
    public int ageToMonths;

    /** First day of birth the rule applies to. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Last day of birth the rule applies to; null while the rule is in force until replaced. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** The plan section, e.g. {@code 漳政办规〔2023〕2号 二(四)11}. */
    @Column(nullable = false)
    public String source;

    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entitlement_rule_cost_share", joinColumns = @JoinColumn(name = "rule_code"))
    @OrderBy("parts")
    public List<CostShare> costShares = new ArrayList<>();

    /** Whether what it grants depends on the facts a review may doubt: birth order or special family (issue 7). */
    public boolean dependsOnReviewedFacts() {
        return minBirthOrder != null || specialFamilyOnly;
    }

    /** Whether a child born on {@code birthDate} falls within the rule's period. */
    public boolean coversBirthOn(LocalDate birthDate) {
        return !birthDate.isBefore(effectiveFrom) && (effectiveTo == null || !birthDate.isAfter(effectiveTo));
    }

    /** Whether the rule grants its entitlement for this birth. */
    public boolean appliesTo(Birth birth) {
        return coversBirthOn(birth.birthDate())
                && (minBirthOrder == null || birth.birthOrder() >= minBirthOrder)
                && (!specialFamilyOnly || birth.specialFamily());
    }
}
