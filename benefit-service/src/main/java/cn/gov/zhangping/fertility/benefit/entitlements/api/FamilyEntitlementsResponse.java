package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.claims.api.ClaimResponse;
import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.households.domain.HouseholdEntitlement;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyEntitlements", description = "Where a family stands with every benefit its children's facts "
        + "decide, child by child (oldest first), on one date; its claims with their states; and the household "
        + "schemes of the family-planning households that name it")
public record FamilyEntitlementsResponse(
        @Schema(example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
        @Schema(description = "The date the states are for (Asia/Shanghai)", example = "2025-06-15", format = "date") LocalDate asOf,
        @Schema(description = "Each registered child of the family with its entitlements (a cancelled registration "
                + "is listed, every benefit NOT_ELIGIBLE)") List<ChildEntitlementsResponse> children,
        @Schema(description = "The family's claims, oldest first, each with its state history (as they stand now)")
        List<ClaimResponse> claims,
        @Schema(description = "The household schemes (as the latest yearly review or status change left them)")
        List<HouseholdScheme> householdSchemes) {

    @Schema(name = "HouseholdSchemeEntitlement", description = "A family-planning household's scheme, decided by its "
            + "confirmed yearly reviews (ids only)")
    public record HouseholdScheme(
            @Schema(example = "5d0c3b2a-1f4e-4a6b-9c8d-7e6f5a4b3c2d") UUID householdId,
            @Schema(example = "SPECIAL_FAMILY_ASSISTANCE") PolicyCode policyCode,
            @Schema(example = "ACTIVE") HouseholdEntitlement.State state,
            @Schema(example = "REVIEW_CONFIRMED_ELIGIBLE") HouseholdEntitlement.Reason reason,
            @Schema(description = "The catalogue version of the year (null before the scheme's first version)",
                    nullable = true, example = "1") Integer version,
            @Schema(description = "The latest year reviewed", example = "2025") int year,
            @Schema(description = "Yuan per year per recipient", example = "7080.00") BigDecimal yearlyAmount,
            @Schema(description = "Yuan due for the year to its recipients", example = "8850.00") BigDecimal amountDue,
            @Schema(example = "2") int recipients,
            @Schema(description = "Recipients confirmed eligible (not ended, verified accurate)", example = "1")
            int eligibleRecipients,
            @Schema(nullable = true, format = "date", example = "2026-02-10") LocalDate endedOn) {

        static HouseholdScheme of(HouseholdEntitlement e) {
            return new HouseholdScheme(e.householdId, e.policyCode, e.state, e.reason, e.versionNumber, e.year,
                    new Fen(e.yearlyAmountFen).yuan(), new Fen(e.amountDueFen).yuan(), e.recipients,
                    e.eligibleRecipients, e.endedOn);
        }
    }

    static FamilyEntitlementsResponse of(UUID familyId, LocalDate asOf, List<EntitlementService.ChildEntitlements> children,
            List<Claim> claims, List<HouseholdEntitlement> households) {
        return new FamilyEntitlementsResponse(familyId, asOf, children.stream().map(ChildEntitlementsResponse::of).toList(),
                claims.stream().map(ClaimResponse::of).toList(), households.stream().map(HouseholdScheme::of).toList());
    }
}
