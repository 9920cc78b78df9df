package cn.gov.zhangping.fertility.benefit.policy.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;

/** A policy version published through the API, as stored. */
@Entity
@Table(name = "policy_version")
public class PublishedVersion {

    @Id
    public UUID id;

    @Column(name = "policy_code", nullable = false)
    public String policyCode;

    @Column(nullable = false)
    public int number;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "age_from_months")
    public Integer ageFromMonths;

    @Column(name = "age_to_months")
    public Integer ageToMonths;

    @Column(name = "female_only", nullable = false)
    public boolean femaleOnly;

    @Column(nullable = false)
    public String source;

    public Integer supersedes;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_version_tier", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<TierRow> tiers = new ArrayList<>();

    /** One line of terms. */
    @Embeddable
    public static class TierRow {
        @Column(name = "min_birth_order")
        public Integer minBirthOrder;
        @Column(name = "special_family")
        public Boolean specialFamily;
        @Column(name = "amount_fen")
        public Long amountFen;
        public Integer quantity;
        public BigDecimal percent;

        Tier toTier() {
            return new Tier(minBirthOrder, specialFamily, amountFen == null ? null : new Fen(amountFen), quantity, percent);
        }

        static TierRow of(Tier tier) {
            TierRow row = new TierRow();
            row.minBirthOrder = tier.minBirthOrder();
            row.specialFamily = tier.specialFamily();
            row.amountFen = tier.amount() == null ? null : tier.amount().value();
            row.quantity = tier.quantity();
            row.percent = tier.percent();
            return row;
        }
    }

    public static PublishedVersion of(PolicyVersion version, Instant at, String by) {
        PublishedVersion row = new PublishedVersion();
        row.id = UUID.randomUUID();
        row.policyCode = version.code().name();
        row.number = version.number();
        row.effectiveFrom = version.effectiveFrom();
        row.effectiveTo = version.effectiveTo();
        row.ageFromMonths = version.ageFromMonths();
        row.ageToMonths = version.ageToMonths();
        row.femaleOnly = version.femaleOnly();
        row.source = version.source();
        row.supersedes = version.supersedes();
        row.publishedAt = at;
        row.publishedBy = by;
        version.tiers().forEach(t -> row.tiers.add(TierRow.of(t)));
        return row;
    }

    public PolicyVersion toVersion() {
        return new PolicyVersion(PolicyCode.valueOf(policyCode), number, effectiveFrom, effectiveTo, ageFromMonths,
                ageToMonths, femaleOnly, tiers.stream().map(TierRow::toTier).toList(), source, supersedes, null);
    }
}
