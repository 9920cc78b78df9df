package cn.gov.zhangping.fertility.benefit.payments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimStatus;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimsDue;
import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.payments.persistence.PaymentRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.benefit.PaymentRecordedV1;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * Records a payment once: a reference recorded before answers with the first record when the request is the same,
 * 409 {@code payment-reference-used} when it differs. A payment settles an approved claim (409 otherwise) or a month of
 * a child's entitlement, and may not exceed what is still due for it (422 {@code more-than-due}): for a claim, what
 * the catalogue gives it now (so after a version that reaches back, the arrears) less what was paid; for a month,
 * the month's amount less what was paid for it. It is split between the policy's payers ({@link CostSplit}) and the
 * {@code payment-recorded.v1} event is queued in the same transaction.
 */
@ApplicationScoped
public class RecordingPayment {

    /** The payment and whether this request recorded it. */
    public record Result(Payment payment, boolean created) {
    }

    @Inject
    PaymentRepository payments;

    @Inject
    ClaimRepository claims;

    @Inject
    ChildRepository children;

    @Inject
    EntitlementService entitlements;

    @Inject
    ClaimsDue claimsDue;

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    Outbox outbox;

    @Transactional
    public Result record(PaymentDraft draft, String by) {
        var earlier = payments.byReference(draft.reference());
        if (earlier.isPresent()) {
            if (!sameAs(earlier.get(), draft)) {
                throw new DomainException(409, "payment-reference-used", "Payment reference already used",
                        "payment reference " + draft.reference() + " was recorded for another payment");
            }
            return new Result(earlier.get(), false);
        }
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.reference = draft.reference();
        p.amountFen = draft.amount().value();
        p.paidOn = draft.paidOn();
        p.recordedBy = by;
        p.recordedAt = Instant.now();
        Fen outstanding = draft.claimId() != null ? forClaim(p, draft.claimId()) : forMonth(p, draft);
        if (draft.amount().compareTo(outstanding) > 0) {
            throw new DomainException(422, "more-than-due", "More than is due",
                    "the payment of " + draft.amount() + " exceeds the " + outstanding + " still due");
        }
        settle(p, draft.amount());
        return new Result(p, true);
    }

    /**
     * Records the payment of a household's year of a scheme (its confirmed review's amounts due), once: a year paid
     * before (a redelivered or replayed review, or the year's review confirmed again) records nothing. Returns whether
     * it recorded one. Runs in the caller's transaction (the review event's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordHouseholdYear(HouseholdYear year) {
        LocalDate from = LocalDate.of(year.year(), 1, 1);
        payments.lockHouseholdYear(year.householdId(), year.code(), from);
        if (payments.paidForHouseholdYear(year.householdId(), year.code(), from)) {
            return false;
        }
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.reference = year.reference();
        p.policyCode = year.code();
        p.householdId = year.householdId();
        p.familyId = year.familyId();
        p.periodFrom = from;
        p.periodTo = LocalDate.of(year.year(), 12, 31);
        p.amountFen = year.amount().value();
        p.paidOn = year.paidOn();
        p.recordedBy = year.recordedBy();
        p.recordedAt = Instant.now();
        settle(p, year.amount());
        return true;
    }

    /** A household's year to pay: its scheme, the amount due, and the reference and day it is recorded under. */
    public record HouseholdYear(UUID householdId, UUID familyId, PolicyCode code, int year, Fen amount,
            String reference, LocalDate paidOn, String recordedBy) {
    }

    /** Splits the payment between the policy's payers, stores it and queues its event (422 without a payer). */
    private void settle(Payment p, Fen amount) {
        CostSplit payers = catalogue.get(p.policyCode).policy().payers();
        if (payers.shares().isEmpty()) {
            throw new DomainException(422, "no-payer", "The benefit costs no public money", p.policyCode + " has no payer");
        }
        for (CostSplit.Part part : payers.split(amount)) {
            p.split.add(new Payment.Share(part.payer(), part.amount().value()));
        }
        payments.persist(p);
        PaymentRecordedV1 event = new PaymentRecordedV1(p.id, p.policyCode.name(), p.amountFen, p.periodFrom, p.periodTo,
                p.paidOn, p.split.stream().map(s -> new PaymentRecordedV1.PayerShare(s.payer, s.amountFen)).toList(),
                p.recordedAt);
        outbox.add(new OutgoingEvent(BenefitEventTypes.PAYMENTS_TOPIC, BenefitEventTypes.PAYMENT_RECORDED_V1,
                p.id.toString(), BenefitEventTypes.schemaOf(BenefitEventTypes.PAYMENT_RECORDED_V1), event));
    }

    private Fen forClaim(Payment p, UUID claimId) {
        Claim claim = claims.findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new DomainException(422, "unknown-claim", "No such claim", "claim " + claimId + " does not exist");
        }
        if (claim.status != ClaimStatus.APPROVED) {
            throw new DomainException(409, "claim-not-approved", "Claim not approved",
                    "claim " + claimId + " is " + claim.status + "; only an approved claim is paid");
        }
        if (!ClaimsDue.paid(claim.policyCode)) {
            throw new DomainException(422, "nothing-to-pay", "Nothing is paid for this claim", claim.policyCode
                    + " gives a loan ceiling or a priority, not money paid");
        }
        p.claimId = claimId;
        p.policyCode = claim.policyCode;
        p.familyId = claim.familyId;
        p.periodFrom = claim.claimDate;
        p.periodTo = claim.rentTo != null ? claim.rentTo : claim.claimDate;
        return claimsDue.due(claim).minus(new Fen(payments.paidForClaim(claimId)));
    }

    private Fen forMonth(Payment p, PaymentDraft draft) {
        Child child = children.findById(draft.registrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (child == null) {
            throw new DomainException(422, "unknown-child", "No such birth registration",
                    "birth registration " + draft.registrationId() + " was never seen");
        }
        LocalDate first = draft.month().atDay(1);
        Fen due = entitlements.of(child.registrationId, draft.month().atEndOfMonth()).items().stream()
                .filter(i -> i.listing().policy().code() == draft.policyCode()).findFirst()
                .map(i -> i.determination().dueInMonth(draft.month())).orElse(null);
        if (due == null) {
            throw new DomainException(422, "nothing-due", "Nothing is due",
                    draft.policyCode() + " gives this child no amount for " + draft.month());
        }
        p.registrationId = child.registrationId;
        p.familyId = child.familyId;
        p.policyCode = draft.policyCode();
        p.periodFrom = first;
        p.periodTo = draft.month().atEndOfMonth();
        return due.minus(new Fen(payments.paidForMonth(child.registrationId, draft.policyCode(), first)));
    }

    private static boolean sameAs(Payment p, PaymentDraft d) {
        boolean target = d.claimId() != null ? d.claimId().equals(p.claimId)
                : Objects.equals(d.registrationId(), p.registrationId) && d.policyCode() == p.policyCode
                        && d.month().atDay(1).equals(p.periodFrom);
        return target && p.amountFen == d.amount().value() && p.paidOn.equals(d.paidOn());
    }

}
