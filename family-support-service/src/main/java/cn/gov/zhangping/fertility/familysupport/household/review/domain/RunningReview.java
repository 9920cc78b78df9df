package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.household.domain.Eligibility;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdMember;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdRules;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdStatus;
import cn.gov.zhangping.fertility.familysupport.household.domain.MemberRole;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRuleRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.AssistanceAmountRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.ReviewLineRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Runs the yearly review (资格确认, 漳政办规〔2023〕2号 二(五)15) of a year as a DRAFT: every parent of every household that
 * was active in the year, with their share of the year ({@link Eligibility}) compared with the previous year's
 * confirmed review: NEW (REACHED_AGE in the year they reach the scheme's age, ENROLLED otherwise), CONTINUING, or ENDED
 * (DECEASED, MOVED_AWAY, REBIRTH, or NOT_ELIGIBLE when the scheme's age is no longer reached). One review per year
 * (409); a year without an amount for a scheme it lists is refused (422).
 */
@ApplicationScoped
public class RunningReview {

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdMemberRepository members;

    @Inject
    HouseholdRuleRepository rules;

    @Inject
    AssistanceAmountRepository amounts;

    @Inject
    HouseholdReviewRepository reviews;

    @Inject
    ReviewLineRepository lines;

    Clock clock = CivilDate.clock();

    /** A recipient's place in the year's list, or empty when they are not listed (pure). */
    public record Listing(RecipientChange change, String reason, int months) {
    }

    public static Optional<Listing> listing(Eligibility.Share share, boolean wasRecipient) {
        if (share.eligible()) {
            if (share.end().isPresent()) {
                return Optional.of(new Listing(RecipientChange.ENDED, share.end().get().name(), share.months()));
            }
            return Optional.of(wasRecipient ? new Listing(RecipientChange.CONTINUING, "STILL_ELIGIBLE", 12)
                    : new Listing(RecipientChange.NEW, share.firstYear() ? "REACHED_AGE" : "ENROLLED", 12));
        }
        if (wasRecipient) {
            return Optional.of(new Listing(RecipientChange.ENDED,
                    share.end().map(Enum::name).orElse("NOT_ELIGIBLE"), 0));
        }
        return Optional.empty();
    }

    /**
     * Runs the review of {@code year} over the households of the caller's townships ({@code scope}; a city-wide caller:
     * all of them). It may not overlap another review of the year (409: one city-wide review, or one per township).
     */
    @Transactional
    public HouseholdReview run(int year, TownshipScope scope, String by) {
        int current = LocalDate.now(clock).getYear();
        if (year > current + 1) {
            throw DomainException.invalid("year", "must be at most next year (" + (current + 1) + ")");
        }
        Optional<Set<String>> limit = scope.limit();
        reviews.lockYear(year);
        Optional<HouseholdReview> existing = reviews.allOfYear(year).stream().filter(e -> e.overlaps(limit)).findFirst();
        if (existing.isPresent()) {
            throw new DomainException(409, "review-exists", "Review already run",
                    "The review of " + year + " exists (" + existing.get().status + ")"
                            + existing.get().townships().map(t -> " for townships " + t).orElse(" for the whole city"),
                    List.of(), Map.of("existingId", existing.get().id.toString()));
        }
        HouseholdRules r = rules.rules();
        Map<Scheme, BigDecimal> yearly = amounts.ofYear(year).stream()
                .collect(Collectors.toMap(a -> a.scheme, a -> a.yearlyYuan));
        Set<UUID> previous = reviews.allOfYear(year - 1).stream().filter(p -> p.status == ReviewStatus.CONFIRMED)
                .flatMap(p -> lines.of(p.id).stream().filter(l -> l.change != RecipientChange.ENDED).map(l -> l.memberId))
                .collect(Collectors.toSet());
        List<Household> all = households.reviewable(year, limit);
        Map<UUID, List<HouseholdMember>> byHousehold = members.ofHouseholds(all.stream().map(h -> h.id).toList())
                .stream().collect(Collectors.groupingBy(m -> m.householdId));
        HouseholdReview review = new HouseholdReview();
        review.id = UUID.randomUUID();
        review.year = year;
        review.status = ReviewStatus.DRAFT;
        review.runAt = Instant.now(clock);
        review.runBy = by;
        review.townshipCodes = HouseholdReview.codes(limit);
        List<ReviewLine> listed = new ArrayList<>();
        Set<Scheme> missing = EnumSet.noneOf(Scheme.class);
        for (Household h : all) {
            List<HouseholdMember> family = byHousehold.getOrDefault(h.id, List.of());
            Optional<HouseholdMember> mother = family.stream().filter(m -> m.role == MemberRole.MOTHER).findFirst();
            for (HouseholdMember parent : family.stream().filter(m -> m.role.isParent()).toList()) {
                LocalDate ageFrom = h.scheme == Scheme.SPECIAL_ASSISTANCE && mother.isPresent()
                        ? mother.get().birthDate : parent.birthDate;
                Eligibility.Share share = Eligibility.share(year, ageFrom, r.eligibilityAgeYears(h.scheme),
                        parent.diedOn, h.endedOn, end(h.status));
                Optional<Listing> listing = listing(share, previous.contains(parent.id));
                if (listing.isEmpty()) {
                    continue;
                }
                BigDecimal amount = yearly.get(h.scheme);
                if (amount == null) {
                    missing.add(h.scheme);
                    continue;
                }
                listed.add(line(review, h, parent, listing.get(), Eligibility.due(amount, listing.get().months())));
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(422, "assistance-amount-missing", "No amount for the year",
                    "No yearly amount is set for " + missing + " in " + year
                            + "; an administrator sets it with its source (PUT /api/v1/assistance-amounts/{scheme}/{year})",
                    List.of(), Map.of("schemes", missing.stream().map(Enum::name).sorted().toList()));
        }
        reviews.persist(review);
        listed.forEach(lines::persist);
        return review;
    }

    private static Eligibility.End end(HouseholdStatus status) {
        return switch (status) {
            case ACTIVE -> null;
            case MOVED_AWAY -> Eligibility.End.MOVED_AWAY;
            case ENDED -> Eligibility.End.REBIRTH;
        };
    }

    private static ReviewLine line(HouseholdReview review, Household h, HouseholdMember parent, Listing listing,
                                   BigDecimal amount) {
        ReviewLine l = new ReviewLine();
        l.id = UUID.randomUUID();
        l.reviewId = review.id;
        l.householdId = h.id;
        l.memberId = parent.id;
        l.scheme = h.scheme;
        l.townshipCode = h.townshipCode;
        l.change = listing.change();
        l.reason = listing.reason();
        l.monthsDue = listing.months();
        l.amountDueYuan = amount;
        return l;
    }

}
