package cn.gov.zhangping.fertility.benefit.payments.domain;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/** A payment as recorded, once per reference, with its split between payers. Never rewritten. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_code", nullable = false)
    public PolicyCode policyCode;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_split", joinColumns = @JoinColumn(name = "payment_id"))
    public List<Share> split = new ArrayList<>();

    /** What one payer bears of the payment. */
    @Embeddable
    public static class Share {

        @Column(nullable = false)
        public String payer;

        @Column(name = "amount_fen", nullable = false)
        public long amountFen;

        public Share() {
        }

        public Share(String payer, long amountFen) {
            this.payer = payer;
            this.amountFen = amountFen;
        }
    }
}
