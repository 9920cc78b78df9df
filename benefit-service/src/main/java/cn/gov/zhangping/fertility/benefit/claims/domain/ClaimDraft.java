package cn.gov.zhangping.fertility.benefit.claims.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * A claim as submitted: the benefit, the family, the child whose birth order qualifies it, and the evidence of its
 * kind (a purchase contract for the home subsidy; the months and the absence of an own home for the rent limit; the
 * application's date for the loan ceiling, with whether the home is the first self-occupied one, and for the rental
 * priority).
 */
public record ClaimDraft(PolicyCode code, UUID familyId, UUID registrationId, String contractNumber,
        LocalDate contractDate, Boolean newCommercialHousing, Fen contractAmount, YearMonth rentFrom, YearMonth rentTo,
        Boolean noOwnHome, LocalDate applicationDate, Boolean firstSelfOccupiedHome) {
}
