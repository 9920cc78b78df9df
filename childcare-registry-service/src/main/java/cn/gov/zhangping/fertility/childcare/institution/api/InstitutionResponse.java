package cn.gov.zhangping.fertility.childcare.institution.api;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.institution.domain.AgeGroup;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChildcareInstitution", description = "A childcare institution with its slots, children enrolled and waiting")
public record InstitutionResponse(
        UUID id,
        @Schema(example = "菁城街道西安社区托育园") String name,
        @Schema(example = "91350100M000100Y43") String creditCode,
        @Schema(example = "PUBLIC_INCLUSIVE") InstitutionKind kind,
        boolean inclusive,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        @Schema(nullable = true) UUID zoneId,
        String address,
        @Schema(example = "60") int totalSlots,
        @Schema(example = "40") int inclusiveSlots,
        Set<AgeGroup> ageGroups,
        @Schema(example = "1200.00") BigDecimal monthlyFee,
        String operator,
        @Schema(example = "OPERATING") InstitutionStatus status,
        @Schema(example = "1") int revision,
        @Schema(description = "Children enrolled now", example = "12") long enrolled,
        @Schema(description = "Free slots now", example = "48") long free,
        @Schema(description = "Children on the waiting list", example = "0") long waiting) {

    static InstitutionResponse of(ChildcareInstitution i, long enrolled, long waiting) {
        return new InstitutionResponse(i.id, i.name, i.creditCode, i.kind, i.inclusive, i.townshipCode, i.communityCode,
                i.zoneId, i.address, i.totalSlots, i.inclusiveSlots, i.ageGroupSet(), i.monthlyFee, i.operator, i.status,
                i.revision, enrolled, Math.max(0, i.totalSlots - enrolled), waiting);
    }
}
