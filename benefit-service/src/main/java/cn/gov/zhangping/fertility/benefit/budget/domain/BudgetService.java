package cn.gov.zhangping.fertility.benefit.budget.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimsDue;
import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.benefit.payments.domain.Payment;
import cn.gov.zhangping.fertility.benefit.payments.persistence.PaymentRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.EntitlementState;
import cn.gov.zhangping.fertility.benefit.policy.domain.Entitling;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * The budget of a year per benefit and payer, in fen. Only benefits with a payer are listed (a tax deduction or a
 * priority costs no public money).
 * <ul>
 * <li>committed: what approved claims dated in the year still owe (their amount less what was paid for them), plus the
 *     months of the year due to the children on record for each benefit due per month (not cancelled, not held for a
 *     review) less what was paid for children's months of the year;</li>
 * <li>paid: the payments whose period begins in the year, as each was split when recorded;</li>
 * <li>forecast for the next year: for each child on record, the months of the next year its age window and the
 *     versions then in force make due ({@link Entitling}, {@link YearCost}), at each version's monthly amount.</li>
 * </ul>
 * The forecast leaves out births not yet recorded, claims not yet made (home purchases, rent), benefits without an
 * amount in the catalogue (the childcare fee reduction is a share of fees the nurseries charge, the free services), the
 * household schemes decided by the yearly review, and versions not yet published (a rule ending on 2025-12-31 forecasts
 * nothing for 2026). Committed and forecast amounts are split by the catalogue's ratio (odd fen by largest remainder).
 */
@ApplicationScoped
public class BudgetService {

    /** One payer's part of one benefit in the year. */
    public record Line(PolicyCode policyCode, String payer, Fen committed, Fen paid, Fen forecastNextYear) {
    }

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    ChildRepository children;

    @Inject
    ClaimRepository claims;

    @Inject
    PaymentRepository payments;

    @Transactional
    public List<Line> of(int year, PolicyCode only) {
        List<Child> onRecord = children.list("cancelled = false");
        List<Line> lines = new ArrayList<>();
        for (PolicyCatalogue.Listing listing : catalogue.all()) {
            CostSplit payers = listing.policy().payers();
            if ((only != null && listing.policy().code() != only) || payers.shares().isEmpty()) {
                continue;
            }
            PolicyCode code = listing.policy().code();
            Fen due = Fen.ZERO;
            Fen forecast = Fen.ZERO;
            if (listing.policy().decidedByChild() && listing.policy().monthly()) {
                for (Child child : onRecord) {
                    Determination d = Entitling.determine(listing.policy(), listing.timeline(), child.facts(),
                            LocalDate.of(year, 12, 31));
                    if (d.state() == EntitlementState.HELD || d.state() == EntitlementState.NOT_ELIGIBLE) {
                        continue;
                    }
                    for (Determination.Period p : d.periods()) {
                        due = due.plus(YearCost.of(p, year));
                        forecast = forecast.plus(YearCost.of(p, year + 1));
                    }
                }
            }
            Fen claimsOwed = Fen.ZERO;
            for (Claim claim : claims.approved(code)) {
                // a loan ceiling increase is a limit the fund lends up to, not spending
                if (claim.claimDate.getYear() == year && ClaimsDue.paid(code)) {
                    long owed = claim.amountFen - payments.paidForClaim(claim.id);
                    claimsOwed = claimsOwed.plus(new Fen(Math.max(0, owed)));
                }
            }
            Map<String, Fen> paid = new LinkedHashMap<>();
            Fen paidForMonths = Fen.ZERO;
            for (Payment payment : payments.ofPolicy(code)) {
                if (payment.periodFrom.getYear() != year) {
                    continue;
                }
                if (payment.registrationId != null) {
                    paidForMonths = paidForMonths.plus(new Fen(payment.amountFen));
                }
                for (Payment.Share share : payment.split) {
                    paid.merge(share.payer, new Fen(share.amountFen), Fen::plus);
                }
            }
            Fen monthsOwed = due.minus(paidForMonths);
            Fen committed = claimsOwed.plus(monthsOwed.isNegative() ? Fen.ZERO : monthsOwed);
            List<CostSplit.Part> committedParts = payers.split(committed);
            List<CostSplit.Part> forecastParts = payers.split(forecast);
            for (int i = 0; i < committedParts.size(); i++) {
                String payer = committedParts.get(i).payer();
                lines.add(new Line(code, payer, committedParts.get(i).amount(), paid.getOrDefault(payer, Fen.ZERO),
                        forecastParts.get(i).amount()));
            }
        }
        return lines;
    }
}
