package cn.gov.zhangping.fertility.benefit.households.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.households.persistence.HouseholdEntitlementRepository;
import cn.gov.zhangping.fertility.benefit.payments.domain.RecordingPayment;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.Timeline;

/**
 * The two household schemes from family-support-service's events. A confirmed yearly review makes or updates the
 * household's entitlement (when it is the latest year seen: ACTIVE when it confirms a recipient eligible, ENDED when
 * it confirms none) and records the year's payment of the amounts due, once per household, scheme and year — a
 * redelivered or replayed review, or the year's review confirmed again, pays nothing more. A household that moved
 * away or ended is ENDED at once; what its last year is worth is the next review's (pro-rata months), so the status
 * change pays nothing. Runs in the event's transaction.
 */
@ApplicationScoped
public class PayingHouseholdSchemes {

    /** Who records the payments made from the reviews (recorded_by). */
    static final String RECORDED_BY = "benefit-service (household.review-completed.v1)";

    @Inject
    HouseholdEntitlementRepository entitlements;

    @Inject
    RecordingPayment recording;

    @Inject
    PolicyCatalogue catalogue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(HouseholdReview review) {
        Instant now = Instant.now();
        Timeline timeline = catalogue.get(review.code()).timeline();
        Optional<HouseholdEntitlement> stored = entitlements.lockedOf(review.householdId(), review.code());
        HouseholdEntitlement e = stored.orElseGet(() -> HouseholdEntitlement.of(review.householdId(), review.code()));
        if (e.takesReviewOf(review.year())) {
            e.reviewed(review, versionOf(timeline, review.year()), now);
            if (stored.isEmpty()) {
                entitlements.persist(e);
            }
        }
        if (review.amountDue().value() > 0) {
            recording.recordHouseholdYear(new RecordingPayment.HouseholdYear(review.householdId(), review.familyId(),
                    review.code(), review.year(), review.amountDue(), reference(review),
                    review.confirmedOn(), RECORDED_BY));
        }
    }

    /**
     * The payment's reference: one per household, scheme and year (a review confirms many households, so its id
     * alone would name them all alike), within the 60 characters of a voucher number.
     */
    static String reference(HouseholdReview review) {
        return "HH-" + review.year() + "-" + review.householdId() + "-" + (review.code().name().startsWith("SPECIAL")
                ? "S" : "R");
    }

    /** Ends the household's entitlements (both schemes, whichever it has) for {@code why} from {@code on}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(java.util.UUID householdId, HouseholdEntitlement.Reason why, LocalDate on, String detail) {
        List<HouseholdEntitlement> all = entitlements.lockedOf(householdId);
        Instant now = Instant.now();
        all.forEach(e -> e.ended(why, on, detail, now));
    }

    /** The scheme entitlements of the households that name {@code familyId}. */
    @Transactional
    public List<HouseholdEntitlement> ofFamily(java.util.UUID familyId) {
        return entitlements.ofFamily(familyId);
    }

    /**
     * The version of the year (versionDate YEAR_DUE): the last version in force in it; null when none was (a year
     * before the catalogue's first version of the scheme: the amount comes from the review all the same).
     */
    static Integer versionOf(Timeline timeline, int year) {
        List<Timeline.Segment> segments = timeline.segments(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return segments.isEmpty() ? null : segments.get(segments.size() - 1).version().number();
    }
}
