package cn.gov.zhangping.fertility.benefit.replay.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimsDue;
import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Cause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeCause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.payments.domain.Payment;
import cn.gov.zhangping.fertility.benefit.payments.persistence.PaymentRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.replay.persistence.PolicyReplay;
import cn.gov.zhangping.fertility.benefit.replay.persistence.ReplayLineRow;
import cn.gov.zhangping.fertility.benefit.replay.persistence.ReplayRepository;

/**
 * Replays a version just published, in the publishing transaction. When the version's first day has passed
 * ({@link ReplayArithmetic#window}): every stored entitlement of the policy is determined again (cause
 * {@code POLICY_REPLAYED}), and what was paid in the window is compared with what is owed under the catalogue as it
 * now stands — an approved claim dated in the window that was paid (what was paid for it against what the rules now
 * give it), a child with months of the window paid (those payments against the months of the window now due to it).
 * Payments are never rewritten; the report says what to pay or recover. Something never paid is not in the report:
 * it is paid at the new terms as usual (a payment never exceeds what is due under the catalogue as it stands).
 */
@ApplicationScoped
public class Replaying {

    @Inject
    ChildRepository children;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntitlementService entitlementService;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimsDue claimsDue;

    @Inject
    PaymentRepository payments;

    @Inject
    ReplayRepository replays;

    @Transactional(Transactional.TxType.MANDATORY)
    public PolicyReplay replay(PolicyCatalogue.Listing listing, int number, LocalDate today) {
        PolicyCode code = listing.policy().code();
        PolicyVersion version = listing.timeline().versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow();
        Optional<ReplayArithmetic.Window> window = ReplayArithmetic.window(version, today);
        PolicyReplay replay = new PolicyReplay();
        replay.id = UUID.randomUUID();
        replay.policyCode = code.name();
        replay.versionNumber = number;
        replay.replayedAt = Instant.now();
        List<ReplayLine> lines = new ArrayList<>();
        if (window.isPresent()) {
            replay.windowFrom = window.get().from();
            replay.windowTo = window.get().to();
            if (listing.policy().decidedByChild()) {
                Cause cause = new Cause(ChangeCause.POLICY_REPLAYED, 1, "version " + number + " of " + code
                        + " published from " + version.effectiveFrom());
                for (UUID id : entitlements.childrenWith(code)) {
                    Child child = children.findById(id, LockModeType.PESSIMISTIC_WRITE);
                    if (entitlementService.redetermine(child, listing,
                            new Cause(cause.cause(), child.revision, cause.detail()))) {
                        replay.entitlementsChanged++;
                    }
                }
                lines.addAll(childLines(listing, window.get()));
            }
            lines.addAll(claimLines(listing, window.get()));
        }
        lines.sort(Comparator.comparing(ReplayLine::familyId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReplayLine::registrationId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReplayLine::claimId, Comparator.nullsLast(Comparator.naturalOrder())));
        ReplayArithmetic.Totals totals = ReplayArithmetic.totals(lines, listing.policy().payers());
        replay.families = totals.families();
        replay.paidFen = totals.paid().value();
        replay.owedFen = totals.owed().value();
        replay.arrearsFen = totals.arrears().value();
        replay.overpaymentFen = totals.overpayments().value();
        totals.payers().forEach(p -> replay.payers.add(new PolicyReplay.PayerRow(p.payer(), p.arrears().value(),
                p.overpayments().value())));
        replays.persist(replay);
        for (int i = 0; i < lines.size(); i++) {
            replays.persistLine(ReplayLineRow.of(replay.id, i + 1, lines.get(i)));
        }
        return replay;
    }

    /** Each child with months of the window paid: those payments against what the window's months now make due. */
    private List<ReplayLine> childLines(PolicyCatalogue.Listing listing, ReplayArithmetic.Window window) {
        Map<UUID, Fen> paid = new LinkedHashMap<>();
        for (Payment p : payments.childMonthsEnding(listing.policy().code(), window.from(), window.to())) {
            paid.merge(p.registrationId, new Fen(p.amountFen), Fen::plus);
        }
        List<ReplayLine> lines = new ArrayList<>();
        paid.forEach((registrationId, amount) -> {
            Child child = children.findById(registrationId);
            Fen owed = ReplayArithmetic.owedInMonths(
                    entitlementService.determination(child, listing, window.to()), window);
            lines.add(new ReplayLine(child.familyId, registrationId, null, amount, owed));
        });
        return lines;
    }

    /** Each approved claim dated in the window that was paid: what was paid against what the rules now give it. */
    private List<ReplayLine> claimLines(PolicyCatalogue.Listing listing, ReplayArithmetic.Window window) {
        List<ReplayLine> lines = new ArrayList<>();
        for (Claim claim : claims.approved(listing.policy().code())) {
            LocalDate end = claim.rentTo != null ? claim.rentTo : claim.claimDate;
            long paid = payments.paidForClaim(claim.id);
            if (paid > 0 && window.overlaps(claim.claimDate, end)) {
                lines.add(new ReplayLine(claim.familyId, null, claim.id, new Fen(paid),
                        claimsDue.due(claim, listing.timeline())));
            }
        }
        return lines;
    }
}
