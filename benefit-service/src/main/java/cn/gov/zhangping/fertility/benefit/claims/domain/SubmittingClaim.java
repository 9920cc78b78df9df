package cn.gov.zhangping.fertility.benefit.claims.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.ClaimRules;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * Submits a claim: the child must be a standing registration of the family, the catalogue's rules
 * ({@link ClaimRules}) must give something (else 422 with the rule's code), and a home subsidy stands once per family
 * and per contract, a loan ceiling increase and a rental priority once per family (409). With an {@code Idempotency-Key}, a retry answers with the claim first created.
 */
@ApplicationScoped
public class SubmittingClaim {

    static final String OPERATION = "submit-claim";

    /** The claim and whether this request created it. */
    public record Result(Claim claim, boolean created) {
    }

    @Inject
    ClaimRepository claims;

    @Inject
    ChildRepository children;

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Transactional
    public Result submit(ClaimDraft draft, String fingerprint, String caller, Optional<String> idempotencyKey) {
        if (idempotencyKey.isPresent()) {
            Optional<UUID> earlier = idempotencyKeys.find(caller, OPERATION, idempotencyKey.get(), fingerprint);
            if (earlier.isPresent()) {
                return new Result(claims.findById(earlier.get()), false);
            }
        }
        Child child = children.findById(draft.registrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (child == null || child.cancelled || !draft.familyId().equals(child.familyId)) {
            throw unprocessable("child-not-in-family", "birth registration " + draft.registrationId()
                    + " is not a standing registration of family " + draft.familyId());
        }
        PolicyCatalogue.Listing listing = catalogue.get(draft.code());
        ClaimRules.Decision decision = switch (draft.code()) {
            case HOME_PURCHASE_SUBSIDY -> ClaimRules.homePurchase(listing.timeline(), child.facts(), draft.contractDate(),
                    draft.newCommercialHousing());
            case HPF_LOAN_CEILING_INCREASE -> ClaimRules.loanCeiling(listing.timeline(), child.facts(),
                    draft.applicationDate(), draft.firstSelfOccupiedHome());
            case PUBLIC_RENTAL_PRIORITY -> ClaimRules.rentalPriority(listing.timeline(), child.facts(), draft.applicationDate());
            default -> ClaimRules.rentWithdrawal(listing.timeline(), child.facts(), draft.rentFrom(), draft.rentTo(),
                    draft.noOwnHome());
        };
        if (decision.refused()) {
            throw unprocessable(decision.refusal(), decision.reason());
        }
        if (draft.code() != PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT && claims.standing(draft.code(), draft.familyId())) {
            throw new DomainException(409, "claim-exists", "A claim stands already",
                    "family " + draft.familyId() + " has a " + draft.code() + " claim submitted or approved (once per family)");
        }
        if (draft.code() == PolicyCode.HOME_PURCHASE_SUBSIDY) {
            if (claims.contractClaimed(draft.contractNumber())) {
                throw new DomainException(409, "claim-exists", "A claim stands already",
                        "a home purchase subsidy claim for this purchase contract is submitted or approved");
            }
        }
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.policyCode = draft.code();
        claim.familyId = draft.familyId();
        claim.registrationId = draft.registrationId();
        claim.status = ClaimStatus.SUBMITTED;
        claim.claimDate = switch (draft.code()) {
            case HOME_PURCHASE_SUBSIDY -> draft.contractDate();
            case HPF_RENT_WITHDRAWAL_LIMIT -> draft.rentFrom().atDay(1);
            default -> draft.applicationDate();
        };
        claim.versionNumber = decision.version();
        claim.amountFen = decision.amount().value();
        claim.monthlyFen = decision.monthly() == null ? null : decision.monthly().value();
        claim.months = decision.months();
        claim.contractNumber = draft.contractNumber();
        claim.contractDate = draft.contractDate();
        claim.newCommercialHousing = draft.newCommercialHousing();
        claim.contractAmountFen = draft.contractAmount() == null ? null : draft.contractAmount().value();
        claim.rentFrom = draft.rentFrom() == null ? null : draft.rentFrom().atDay(1);
        claim.rentTo = draft.rentTo() == null ? null : draft.rentTo().atEndOfMonth();
        claim.noOwnHome = draft.noOwnHome();
        claim.applicationDate = draft.applicationDate();
        claim.firstSelfOccupiedHome = draft.firstSelfOccupiedHome();
        claim.submittedBy = caller;
        claim.submittedAt = Instant.now();
        claims.persist(claim);
        idempotencyKey.ifPresent(key -> idempotencyKeys.remember(caller, OPERATION, key, fingerprint, claim.id));
        return new Result(claim, true);
    }

    private static DomainException unprocessable(String code, String detail) {
        return new DomainException(422, code, "The claim cannot be granted", detail);
    }
}
