package cn.gov.zhangping.fertility.benefit.households.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * Where a family-planning household stands with its scheme, as its latest reviewed year left it: ACTIVE while the
 * latest review confirms at least one recipient eligible, ENDED when a review finds none or the household ended or
 * moved away. With the amount per year, the year's amount due, the version and the review it comes from, and the
 * history of its changes. Ids only.
 */
@Entity
@Table(name = "household_entitlement")
public class HouseholdEntitlement {

    /** ACTIVE or ENDED. */
    public enum State { ACTIVE, ENDED }

    /** Why it is in its state. */
    public enum Reason {
        /** The latest yearly review confirmed at least one recipient, verified accurate, for the year. */
        REVIEW_CONFIRMED_ELIGIBLE,
        /** The latest yearly review ended every recipient or found none accurate. */
        REVIEW_FOUND_NOT_ELIGIBLE,
        /** The household moved out of Zhangping (household.status-changed.v1). */
        HOUSEHOLD_MOVED_AWAY,
        /** The household ended (a re-birth in a special family, household.status-changed.v1). */
        HOUSEHOLD_ENDED
    }

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_code", nullable = false)
    public PolicyCode policyCode;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "version_number")
    public Integer versionNumber;

    @Column(nullable = false)
    public int year;

    @Column(name = "yearly_amount_fen", nullable = false)
    public long yearlyAmountFen;

    @Column(name = "amount_due_fen", nullable = false)
    public long amountDueFen;

    @Column(nullable = false)
    public int recipients;

    @Column(name = "eligible_recipients", nullable = false)
    public int eligibleRecipients;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("changedAt, id")
    public List<HouseholdEntitlementChange> history = new ArrayList<>();

    public static HouseholdEntitlement of(UUID householdId, PolicyCode code) {
        HouseholdEntitlement e = new HouseholdEntitlement();
        e.id = UUID.randomUUID();
        e.householdId = householdId;
        e.policyCode = code;
        return e;
    }

    /** Whether a review of {@code reviewYear} is the latest this entitlement has seen (an older one pays only). */
    public boolean takesReviewOf(int reviewYear) {
        return history.isEmpty() || reviewYear >= year;
    }

    /** Takes what a confirmed review of {@code review.year()} says, and records the change. */
    public void reviewed(HouseholdReview review, Integer version, Instant now) {
        familyId = review.familyId();
        townshipCode = review.townshipCode();
        year = review.year();
        reviewId = review.reviewId();
        yearlyAmountFen = review.yearlyAmount().value();
        amountDueFen = review.amountDue().value();
        recipients = review.recipients();
        eligibleRecipients = review.eligibleRecipients();
        versionNumber = version;
        boolean eligible = review.eligibleRecipients() > 0;
        state = eligible ? State.ACTIVE : State.ENDED;
        reason = eligible ? Reason.REVIEW_CONFIRMED_ELIGIBLE : Reason.REVIEW_FOUND_NOT_ELIGIBLE;
        endedOn = eligible ? null : java.time.LocalDate.of(review.year(), 12, 31);
        updatedAt = now;
        history.add(HouseholdEntitlementChange.of(this, "HOUSEHOLD_REVIEWED", "review " + review.reviewId()
                + " of " + review.year(), now));
    }

    /** Ends it because the household moved away or ended on {@code on}; returns whether it changed. */
    public boolean ended(Reason why, LocalDate on, String detail, Instant now) {
        if (state == State.ENDED && reason == why) {
            return false;
        }
        state = State.ENDED;
        reason = why;
        endedOn = on;
        updatedAt = now;
        history.add(HouseholdEntitlementChange.of(this, "HOUSEHOLD_STATUS_CHANGED", detail, now));
        return true;
    }
}
