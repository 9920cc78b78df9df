package cn.gov.zhangping.fertility.benefit.payments.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;

/**
 * A payment to record: for an approved claim ({@code claimId}), or for one month of a child's entitlement
 * ({@code registrationId}, {@code policyCode}, {@code month}).
 */
public record PaymentDraft(String reference, UUID claimId, UUID registrationId, PolicyCode policyCode, YearMonth month,
        Fen amount, LocalDate paidOn) {
}
