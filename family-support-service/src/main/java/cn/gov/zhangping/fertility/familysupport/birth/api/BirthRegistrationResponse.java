package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegistrationStatus;
import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.Finding;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BirthRegistration")
public record BirthRegistrationResponse(
        @Schema(example = "0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11") UUID id,
        @Schema(description = "1 when registered, one more with each correction and with the cancellation; also the "
                + "ETag (in quotes) that If-Match names", example = "1") int revision,
        @Schema(description = "CANCELLED registrations are kept but no longer stand; UNDER_REVIEW ones stand with "
                + "findings a reviewer confirms or corrects", example = "REGISTERED")
        RegistrationStatus status,
        @Schema(description = "Masked unless the caller's role needs the full number", example = "3508**********0026")
        String motherIdNumber,
        @Schema(description = "Shown in full to registrars and auditors only", example = "陈安宁") String childName,
        Sex sex,
        @Schema(example = "2026-11-20") LocalDate birthDate,
        @Schema(description = "The order derived from the family's children (or as a correction set it)", example = "2")
        int birthOrder,
        @Schema(description = "The order the registrar declared", example = "2") int declaredBirthOrder,
        @Schema(description = "The mother's family (null for registrations made before families were kept)",
                nullable = true, example = "9a4e2c71-5b3d-4f08-8e6a-1c2d3e4f5a6b") UUID familyId,
        @Schema(description = "What is doubtful while the registration is UNDER_REVIEW; empty otherwise")
        List<Finding> findings,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "菁城街道") String townshipName,
        @Schema(example = "350881001003") String communityCode,
        @Schema(example = "漳平市医院") String hospital,
        boolean specialFamily,
        boolean rural,
        Instant registeredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When it was cancelled; only for a cancelled registration")
        Instant cancelledAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why it was cancelled; only for a cancelled registration")
        CancellationReason cancellationReason,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For a registration cancelled as a DUPLICATE: the registration of the same birth that stands")
        UUID duplicateOf) {

    static BirthRegistrationResponse of(BirthRegistration r, String motherIdNumber, String childName) {
        return new BirthRegistrationResponse(r.id, r.revision, r.status, motherIdNumber, childName, r.sex, r.birthDate,
                r.birthOrder, r.declaredBirthOrder, r.familyId, List.copyOf(r.findings), r.townshipCode, Townships.byCode(r.townshipCode).map(Township::name).orElse(null),
                r.communityCode, r.hospital, r.specialFamily, r.rural, r.registeredAt, r.cancelledAt,
                r.cancellationReason, r.duplicateOf);
    }
}
