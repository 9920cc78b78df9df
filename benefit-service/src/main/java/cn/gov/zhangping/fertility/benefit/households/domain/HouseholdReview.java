package cn.gov.zhangping.fertility.benefit.households.domain;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * A household's confirmed yearly review as the schemes need it: the scheme's policy, the amount per year, what is due
 * to its recipients in all (their amounts due: pro-rata months for one who ended, 0 for one verified inaccurate), how
 * many recipients there are and how many it confirms eligible (not ended, verified accurate), and the day it was
 * confirmed (Asia/Shanghai), the day the year's payment is recorded.
 */
public record HouseholdReview(UUID reviewId, UUID householdId, UUID familyId, PolicyCode code, String townshipCode,
        int year, Fen yearlyAmount, Fen amountDue, int recipients, int eligibleRecipients, LocalDate confirmedOn) {

    /** The catalogue's policy for a scheme of family-support-service. */
    public static PolicyCode policyOf(String scheme) {
        return "SPECIAL_ASSISTANCE".equals(scheme) ? PolicyCode.SPECIAL_FAMILY_ASSISTANCE
                : PolicyCode.FAMILY_PLANNING_REWARD_ASSISTANCE;
    }
}
