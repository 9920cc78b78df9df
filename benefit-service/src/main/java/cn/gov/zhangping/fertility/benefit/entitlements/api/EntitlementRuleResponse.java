package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementCode;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementRule;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntitlementRule", description = "One version of a plan rule that grants an entitlement from a birth")
public record EntitlementRuleResponse(
        @Schema(example = "CHILDCARE_FEE_THIRD_CHILD_2023") String code,
        @Schema(example = "CHILDCARE_FEE_REDUCTION") EntitlementCode entitlementCode,
        @Schema(example = "CHILD") Beneficiary beneficiary,
        @Schema(description = "Only for this child and later ones; null = every child", example = "3", nullable = true) Integer minBirthOrder,
        @Schema(description = "Only for a child born into a family-planning special family", example = "false")
        boolean specialFamilyOnly,
        @Schema(description = "Amount in unit; null where the rule grants a percentage", nullable = true) Integer quantity,
        @Schema(description = "Unit of quantity; null when there is no quantity", nullable = true) EntitlementUnit unit,
        @Schema(description = "Share of the cost the family does not pay; null where the rule grants a quantity", example = "50.00", nullable = true) BigDecimal percent,
        @Schema(description = "Age in completed months from which the entitlement runs", example = "0") int ageFromMonths,
        @Schema(description = "Age in completed months at which it ends", example = "36") int ageToMonths,
        @Schema(description = "First date of birth the rule applies to", example = "2023-04-10") LocalDate effectiveFrom,
        @Schema(description = "Last date of birth the rule applies to; null = in force until replaced", nullable = true) LocalDate effectiveTo,
        @Schema(description = "Who bears the cost; empty when the plan names no split") List<CostShareResponse> costShare,
        @Schema(description = "Plan section", example = "漳政办规〔2023〕2号 二(三)8") String source,
        @Schema(description = "The plan's words and how the rule reads them") String note) {

    static EntitlementRuleResponse of(EntitlementRule r) {
        return new EntitlementRuleResponse(r.code, r.entitlementCode, r.beneficiary, r.minBirthOrder, r.specialFamilyOnly,
                r.quantity, r.unit, r.percent, r.ageFromMonths, r.ageToMonths, r.effectiveFrom, r.effectiveTo,
                CostShareResponse.of(r.costShares), r.source, r.note);
    }
}
