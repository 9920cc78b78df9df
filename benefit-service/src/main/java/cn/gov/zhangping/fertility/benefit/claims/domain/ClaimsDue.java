package cn.gov.zhangping.fertility.benefit.claims.domain;

import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.ClaimRules;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.Timeline;

/**
 * What an approved claim gives under the catalogue as it stands now: the claim's evidence and the child's facts run
 * through {@link ClaimRules} again. A version published since that reaches back over the claim's date changes it
 * (a subsidy raised from 20,000 to 30,000 yuan makes 30,000 due); a claim the rules no longer grant (its
 * registration cancelled) has nothing due, nor has a claim that is not settled by payments ({@link #paid}).
 */
@ApplicationScoped
public class ClaimsDue {

    @Inject
    ChildRepository children;

    @Inject
    PolicyCatalogue catalogue;

    @Transactional(Transactional.TxType.MANDATORY)
    public Fen due(Claim claim) {
        return due(claim, catalogue.get(claim.policyCode).timeline());
    }

    /**
     * Whether a claim of {@code code} is settled by payments: the home subsidy and the rent limit are; a loan ceiling
     * increase is a limit the fund lends up to, and a rental priority is no money, so nothing is paid for them.
     */
    public static boolean paid(PolicyCode code) {
        return code == PolicyCode.HOME_PURCHASE_SUBSIDY || code == PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT;
    }

    /** As {@link #due(Claim)}, with the policy's timeline given (the one published, or one simulated). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Fen due(Claim claim, Timeline timeline) {
        if (claim.status != ClaimStatus.APPROVED) {
            return Fen.ZERO;
        }
        Child child = children.findById(claim.registrationId);
        if (child == null || child.cancelled) {
            return Fen.ZERO;
        }
        if (!paid(claim.policyCode)) {
            return Fen.ZERO;
        }
        ClaimRules.Decision d = claim.policyCode == PolicyCode.HOME_PURCHASE_SUBSIDY
                ? ClaimRules.homePurchase(timeline, child.facts(), claim.contractDate,
                        Boolean.TRUE.equals(claim.newCommercialHousing))
                : ClaimRules.rentWithdrawal(timeline, child.facts(), YearMonth.from(claim.rentFrom),
                        YearMonth.from(claim.rentTo), Boolean.TRUE.equals(claim.noOwnHome));
        return d.refused() ? Fen.ZERO : d.amount();
    }
}
