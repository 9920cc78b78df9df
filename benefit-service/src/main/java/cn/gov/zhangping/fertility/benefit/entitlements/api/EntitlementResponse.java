package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementCode;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementStatus;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Entitlement", description = "What a registered birth entitles one beneficiary to")
public record EntitlementResponse(
        @Schema(example = "0b7f1c9e-5a3d-4a51-9d0e-2f5c8e7a6b14") UUID id,
        @Schema(example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f") UUID birthRegistrationId,
        @Schema(example = "CHILDCARE_FEE_REDUCTION") EntitlementCode code,
        @Schema(example = "CHILD") Beneficiary beneficiary,
        @Schema(description = "Amount in unit; null where the entitlement is a percentage", example = "10", nullable = true) Integer quantity,
        @Schema(description = "Unit of quantity; null when there is no quantity", example = "DAYS_PER_YEAR", nullable = true) EntitlementUnit unit,
        @Schema(description = "Share of the cost the family does not pay (50 = half, 100 = free); null where the "
                + "entitlement is a quantity", example = "50.00", nullable = true)
        BigDecimal percent,
        @Schema(description = "First day of the entitlement", example = "2026-11-20") LocalDate validFrom,
        @Schema(description = "Last day of the entitlement (inclusive)", example = "2029-11-19") LocalDate validUntil,
        @Schema(description = "ELIGIBLE: the family is entitled (this is not a payment); HELD: due but held while the "
                + "birth registration is under review (birth order or special family in doubt; the reason is in the "
                + "history); WITHDRAWN: no longer, since the birth registration was corrected or cancelled (see history)",
                example = "ELIGIBLE")
        EntitlementStatus status,
        @Schema(description = "Who bears the cost (childcare fee reduction); empty otherwise") List<CostShareResponse> costShare,
        @Schema(description = "The rule version that granted it", example = "CHILDCARE_FEE_THIRD_CHILD_2023") String ruleCode,
        @Schema(description = "Plan section", example = "漳政办规〔2023〕2号 二(三)8") String source,
        @Schema(description = "When it was first granted", example = "2026-11-20T08:00:05Z") Instant recordedAt,
        @Schema(description = "Every change since it was first granted, oldest first; nothing is ever removed")
        List<EntitlementChangeResponse> history) {

    static EntitlementResponse of(Entitlement e) {
        return new EntitlementResponse(e.id, e.birthRegistrationId, e.code, e.beneficiary, e.quantity, e.unit, e.percent,
                e.validFrom, e.validUntil, e.status, CostShareResponse.of(e.rule.costShares), e.rule.code, e.rule.source,
                e.recordedAt, EntitlementChangeResponse.of(e.history));
    }
}
