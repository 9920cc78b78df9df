package cn.gov.zhangping.fertility.childcare.institution.api;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.institution.domain.AgeGroup;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicNursery", description = "An operating nursery as disclosed to the public (信息公示): no personal data")
public record PublicNurseryResponse(
        UUID id,
        @Schema(example = "菁城街道西安社区托育园") String name,
        @Schema(example = "91350100M000100Y43") String creditCode,
        @Schema(example = "PUBLIC_INCLUSIVE") InstitutionKind kind,
        boolean inclusive,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        String address,
        @Schema(example = "60") int totalSlots,
        @Schema(example = "40") int inclusiveSlots,
        @Schema(example = "48") long freeSlots,
        Set<AgeGroup> ageGroups,
        @Schema(example = "1200.00") BigDecimal monthlyFee) {

    static PublicNurseryResponse of(ChildcareInstitution i, long enrolled) {
        return new PublicNurseryResponse(i.id, i.name, i.creditCode, i.kind, i.inclusive, i.townshipCode, i.communityCode,
                i.address, i.totalSlots, i.inclusiveSlots, Math.max(0, i.totalSlots - enrolled), i.ageGroupSet(), i.monthlyFee);
    }
}
