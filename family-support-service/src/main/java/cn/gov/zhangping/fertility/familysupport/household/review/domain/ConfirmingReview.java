package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.events.HouseholdEvents;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.AssistanceAmountRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.InsuranceEnrolmentRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.ReviewLineRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * A reviewer confirms a DRAFT review whose recipients are all verified (409 otherwise): it becomes CONFIRMED and one
 * {@code household.review-completed.v1} per household is queued in the same transaction, with its recipients, amounts
 * due (nothing for one found inaccurate) and, for special families, the year's medical-insurance enrolment.
 */
@ApplicationScoped
public class ConfirmingReview {

    @Inject
    HouseholdReviewRepository reviews;

    @Inject
    ReviewLineRepository lines;

    @Inject
    HouseholdRepository households;

    @Inject
    AssistanceAmountRepository amounts;

    @Inject
    InsuranceEnrolmentRepository enrolments;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    @Transactional
    public HouseholdReview confirm(UUID reviewId, TownshipScope scope, String by) {
        HouseholdReview review = reviews.get(reviewId, scope);
        if (!review.within(scope.limit())) {
            throw new DomainException(403, "outside-township-scope", "Not allowed",
                    "The review covers townships outside the caller's; a caller with all of them confirms it");
        }
        CheckingReview.draft(review);
        List<ReviewLine> all = lines.of(review.id);
        long unverified = all.stream().filter(l -> l.verification == null).count();
        if (unverified > 0) {
            throw new DomainException(409, "recipients-unverified", "Recipients not verified",
                    unverified + " recipient(s) of the review of " + review.year + " have no verification outcome yet",
                    List.of(), Map.of("unverified", unverified));
        }
        review.status = ReviewStatus.CONFIRMED;
        review.confirmedAt = Instant.now(clock);
        review.confirmedBy = by;
        Map<Scheme, java.math.BigDecimal> yearly = amounts.ofYear(review.year).stream()
                .collect(Collectors.toMap(a -> a.scheme, a -> a.yearlyYuan));
        Set<UUID> insured = enrolments.of(all.stream().map(l -> l.memberId).toList(), review.year).stream()
                .map(e -> e.memberId).collect(Collectors.toSet());
        Map<UUID, List<ReviewLine>> byHousehold = all.stream()
                .collect(Collectors.groupingBy(l -> l.householdId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<ReviewLine>> e : byHousehold.entrySet()) {
            Household h = households.get(e.getKey());
            Scheme scheme = e.getValue().get(0).scheme;
            List<HouseholdReviewCompletedV1.Recipient> recipients = e.getValue().stream()
                    .map(l -> new HouseholdReviewCompletedV1.Recipient(l.memberId, l.change.name(), l.reason,
                            l.monthsDue, l.payableYuan(), l.verification.name(),
                            l.inaccuracyReason == null ? null : l.inaccuracyReason.name(),
                            l.scheme == Scheme.SPECIAL_ASSISTANCE ? insured.contains(l.memberId) : null))
                    .toList();
            HouseholdReviewCompletedV1 data = new HouseholdReviewCompletedV1(review.id, review.year, h.id, h.familyId,
                    scheme.name(), e.getValue().get(0).townshipCode, yearly.get(scheme), recipients, review.confirmedAt);
            outbox.add(HouseholdEvents.of(h, HouseholdEventTypes.REVIEW_COMPLETED_V1, data));
        }
        return review;
    }
}
