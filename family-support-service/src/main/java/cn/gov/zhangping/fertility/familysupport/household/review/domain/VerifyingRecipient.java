package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.ReviewLineRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/** Records the verification outcome of a recipient of a DRAFT review (indicator 22); a later one replaces it. */
@ApplicationScoped
public class VerifyingRecipient {

    @Inject
    HouseholdReviewRepository reviews;

    @Inject
    ReviewLineRepository lines;

    Clock clock = CivilDate.clock();

    @Transactional
    public ReviewLine verify(UUID reviewId, UUID lineId, Verification outcome, Verification.Reason reason,
                             TownshipScope scope, String by) {
        HouseholdReview review = reviews.get(reviewId, scope);
        ReviewLine line = lines.findByIdOptional(lineId)
                .filter(l -> l.reviewId.equals(reviewId) && scope.permits(l.townshipCode))
                .orElseThrow(() -> DomainException.notFound("Recipient of review " + reviewId, lineId));
        if (outcome == Verification.INACCURATE && reason == null) {
            throw DomainException.invalid("reason", "is required when the outcome is INACCURATE");
        }
        if (outcome == Verification.ACCURATE && reason != null) {
            throw DomainException.invalid("reason", "is only given when the outcome is INACCURATE");
        }
        CheckingReview.draft(review);
        line.verification = outcome;
        line.inaccuracyReason = reason;
        line.verifiedAt = Instant.now(clock);
        line.verifiedBy = by;
        return line;
    }
}
