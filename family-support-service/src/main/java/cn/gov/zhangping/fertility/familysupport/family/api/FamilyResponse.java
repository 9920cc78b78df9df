package cn.gov.zhangping.fertility.familysupport.family.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.family.domain.Finding;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Family", description = "A family: the mother, the father where recorded, and the children with their "
        + "derived birth orders. Identity numbers masked unless the caller's role needs them in full.")
public record FamilyResponse(
        @Schema(example = "9a4e2c71-5b3d-4f08-8e6a-1c2d3e4f5a6b") UUID id,
        @Schema(description = "Masked unless the caller's role needs the full number", example = "3508**********0026")
        String motherIdNumber,
        @Schema(description = "Masked unless the caller's role needs the full number; null when no father is recorded",
                nullable = true, example = "3508**********0035")
        String fatherIdNumber,
        @Schema(nullable = true, example = "URBAN") HukouType hukouType,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        @Schema(description = "Oldest first") List<Child> children) {

    @Schema(name = "FamilyChild", description = "A child of the family, registered here or declared")
    public record Child(
            @Schema(example = "4c1d2e3f-0a9b-4c8d-8e7f-6a5b4c3d2e1f") UUID id,
            @Schema(description = "Derived from the family's children: living and deceased count, twins in registration "
                    + "order", example = "1") int birthOrder,
            @Schema(example = "2019-05-02") LocalDate birthDate,
            @Schema(description = "Its birth registration; null for a declared child not registered here", nullable = true)
            UUID registrationId,
            @Schema(description = "Masked unless the caller's role needs the full number; null when not known",
                    nullable = true, example = "3508**********0021")
            String idNumber,
            boolean deceased,
            @Schema(description = "The findings of its registration while it is UNDER_REVIEW; empty otherwise")
            List<Finding> findings) {
    }
}
