package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyEntitlements", description = "Where a family stands with every benefit its children's facts "
        + "decide, child by child (oldest first), on one date")
public record FamilyEntitlementsResponse(
        @Schema(example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
        @Schema(description = "The date the states are for (Asia/Shanghai)", example = "2025-06-15", format = "date") LocalDate asOf,
        @Schema(description = "Each registered child of the family with its entitlements (a cancelled registration "
                + "is listed, every benefit NOT_ELIGIBLE)") List<ChildEntitlementsResponse> children) {

    static FamilyEntitlementsResponse of(UUID familyId, LocalDate asOf, List<EntitlementService.ChildEntitlements> children) {
        return new FamilyEntitlementsResponse(familyId, asOf, children.stream().map(ChildEntitlementsResponse::of).toList());
    }
}
