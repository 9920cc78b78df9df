package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;

/** A recipient of a review: the change and its reason, months and amount due, and the verification outcome. */
@Entity
@Table(name = "household_review_line")
public class ReviewLine {

    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientChange change;

    @Column(nullable = false)
    public String reason;

    @Column(name = "months_due", nullable = false)
    public int monthsDue;

    @Column(name = "amount_due_yuan", nullable = false)
    public BigDecimal amountDueYuan;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    @Enumerated(EnumType.STRING)
    @Column(name = "inaccuracy_reason")
    public Verification.Reason inaccuracyReason;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    /** What is due after verification: nothing for a recipient found inaccurate. */
    public BigDecimal payableYuan() {
        return verification == Verification.INACCURATE ? BigDecimal.ZERO.setScale(2) : amountDueYuan;
    }
}
