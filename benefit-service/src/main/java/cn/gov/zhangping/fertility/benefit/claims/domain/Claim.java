package cn.gov.zhangping.fertility.benefit.claims.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * A family's claim for a benefit it applies for, with the evidence (a purchase contract, the rent months), the version
 * and amount it was determined under, and its decision. A state machine: SUBMITTED, then APPROVED or REJECTED once.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_code", nullable = false)
    public PolicyCode policyCode;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    @Column(name = "claim_date", nullable = false)
    public LocalDate claimDate;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "monthly_fen")
    public Long monthlyFen;

    public Integer months;

    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "contract_date")
    public LocalDate contractDate;

    @Column(name = "new_commercial_housing")
    public Boolean newCommercialHousing;

    @Column(name = "contract_amount_fen")
    public Long contractAmountFen;

    @Column(name = "rent_from")
    public LocalDate rentFrom;

    @Column(name = "rent_to")
    public LocalDate rentTo;

    @Column(name = "no_own_home")
    public Boolean noOwnHome;

    @Column(name = "application_date")
    public LocalDate applicationDate;

    @Column(name = "first_self_occupied_home")
    public Boolean firstSelfOccupiedHome;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    public void approve(String by, Instant at) {
        decide(ClaimStatus.APPROVED, by, at, null);
    }

    public void reject(String by, Instant at, String reason) {
        decide(ClaimStatus.REJECTED, by, at, reason);
    }

    private void decide(ClaimStatus decision, String by, Instant at, String reason) {
        if (status != ClaimStatus.SUBMITTED) {
            throw new DomainException(409, "claim-decided", "Claim already decided",
                    "claim " + id + " is " + status + "; a claim is decided once");
        }
        status = decision;
        decidedBy = by;
        decidedAt = at;
        rejectionReason = reason;
    }
}
