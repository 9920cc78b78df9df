package cn.gov.zhangping.fertility.benefit.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.payments.domain.Payment;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payment", description = "A payment as recorded, with what each payer bears")
public record PaymentResponse(
        @Schema(example = "3c2b1a09-8f7e-4d6c-b5a4-93e2f1d0c9b8") UUID id,
        @Schema(example = "ZPCZ-2025-000417") String reference,
        @Schema(example = "HOME_PURCHASE_SUBSIDY") PolicyCode policyCode,
        @Schema(nullable = true, example = "0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d") UUID claimId,
        @Schema(nullable = true, example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f") UUID birthRegistrationId,
        @Schema(nullable = true, example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
        @Schema(description = "The family-planning household, for a year of its scheme paid from its yearly review",
                nullable = true, example = "5d0c3b2a-1f4e-4a6b-9c8d-7e6f5a4b3c2d") UUID householdId,
        @Schema(description = "First day of the period paid for", format = "date", example = "2025-06-20") LocalDate periodFrom,
        @Schema(description = "Last day of the period paid for", format = "date", example = "2025-06-20") LocalDate periodTo,
        @Schema(description = "Yuan", example = "20000.00") BigDecimal amount,
        @Schema(format = "date", example = "2025-07-01") LocalDate paidOn,
        @Schema(description = "What each payer bears (adds up to the amount)") List<Share> split,
        @Schema(example = "2025-07-01T03:00:00Z") Instant recordedAt) {

    @Schema(name = "PaymentShare")
    public record Share(@Schema(example = "ZHANGPING_CITY_FINANCE") String payer,
            @Schema(description = "Yuan", example = "20000.00") BigDecimal amount) {
    }

    static PaymentResponse of(Payment p) {
        return new PaymentResponse(p.id, p.reference, p.policyCode, p.claimId, p.registrationId, p.familyId, p.householdId,
                p.periodFrom, p.periodTo, new Fen(p.amountFen).yuan(), p.paidOn,
                p.split.stream().map(s -> new Share(s.payer, new Fen(s.amountFen).yuan())).toList(), p.recordedAt);
    }
}
