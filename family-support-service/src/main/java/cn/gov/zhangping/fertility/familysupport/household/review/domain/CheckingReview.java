package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** A review that is no longer a DRAFT takes no change. */
final class CheckingReview {

    private CheckingReview() {
    }

    static void draft(HouseholdReview review) {
        if (review.status != ReviewStatus.DRAFT) {
            throw new DomainException(409, "review-confirmed", "Review already confirmed",
                    "The review of " + review.year + " was confirmed; it takes no change");
        }
    }
}
