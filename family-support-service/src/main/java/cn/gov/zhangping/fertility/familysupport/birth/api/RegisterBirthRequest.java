package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.application.domain.ApplicationFacts;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthDetails;
import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.api.EarlierChildRequest;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import cn.gov.zhangping.fertility.familysupport.privacy.ValidResidentIdNumber;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterBirthRequest", description = "A birth to register (生育登记)")
public record RegisterBirthRequest(
        @NotBlank(message = "is required")
        @ValidResidentIdNumber
        @Schema(description = "Mother's resident identity number (GB 11643-1999)", example = "350881199003150026")
        String motherIdNumber,
        @NotBlank(message = "is required")
        @MaxLength(50)
        @ChildName
        @Schema(description = "Child's name: Chinese characters (CJK Extension B and later included), Latin letters, "
                + "spaces and · • ' -; at most 50 characters", example = "陈安宁", pattern = ChildName.PATTERN, maxLength = 50)
        String childName,
        @NotNull(message = "is required")
        @Schema(example = "FEMALE")
        Sex sex,
        @NotNull(message = "is required")
        @Schema(description = "Date of birth (Asia/Shanghai); not in the future", example = "2026-11-20")
        LocalDate birthDate,
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 20, message = "must be at most 20")
        @Schema(description = "The child's order among the mother's children as the registrar declares it, 1 for the "
                + "first; the registration carries the order derived from the family, and a disagreement puts it "
                + "UNDER_REVIEW (BIRTH_ORDER_DISAGREES)", example = "2")
        Integer birthOrder,
        @NotBlank(message = "is required")
        @TownshipCode
        @Schema(description = "Township of residence (NBS code under 350881)", example = "350881001")
        String townshipCode,
        @NotBlank(message = "is required")
        @Schema(description = "Community (居委会/村委会) code: 12 digits starting with the township code", example = "350881001003")
        String communityCode,
        @NotBlank(message = "is required")
        @MaxLength(100)
        @Schema(description = "Delivery institution", example = "漳平市医院", maxLength = 100)
        String hospital,
        @NotNull(message = "is required")
        @Schema(description = "The family is a family-planning special family (计生特殊家庭)", example = "false")
        Boolean specialFamily,
        @NotNull(message = "is required")
        @Schema(description = "The family is rural (农村)", example = "false")
        Boolean rural,
        @ValidResidentIdNumber
        @Schema(description = "Father's resident identity number, where there is a father to record (GB 11643-1999); "
                + "registration never depends on marriage status (task 1)", example = "350881198807120035", nullable = true)
        String fatherIdNumber,
        @Schema(description = "The family's household registration (户口) type", example = "URBAN", nullable = true)
        HukouType hukouType,
        @Valid
        @Size(max = 19, message = "must have at most 19 children")
        @Schema(description = "Earlier children of the mother the suite has not seen; they count for the birth order "
                + "derived from the family", nullable = true, maxItems = 19)
        List<@NotNull(message = "is required") EarlierChildRequest> earlierChildren,
        @Schema(description = "The mother is insured (maternity insurance): the joint application then includes the "
                + "maternity-insurance payment (生育保险待遇核准支付)", example = "true", nullable = true)
        Boolean motherInsured,
        @Size(max = 6, message = "must have at most 6 sub-matters")
        @Schema(description = "For a child born up to 3 years before: the sub-matters of the joint application already "
                + "done, entered as done", nullable = true, maxItems = 6, example = "[\"BIRTH_MEDICAL_CERTIFICATE\"]")
        List<@NotNull(message = "is required") SubMatterKind> alreadyDone) {

    BirthDetails toDetails() {
        return new BirthDetails(motherIdNumber, childName, sex, birthDate, birthOrder, townshipCode, communityCode,
                hospital, specialFamily, rural, fatherIdNumber == null || fatherIdNumber.isBlank() ? null : fatherIdNumber,
                hukouType, earlierChildren == null ? null
                        : earlierChildren.stream().map(EarlierChildRequest::toDeclared).toList(),
                motherInsured == null && alreadyDone == null ? null
                        : new ApplicationFacts(motherInsured, alreadyDone == null ? null : alreadyDone.stream().distinct().sorted().toList()));
    }
}
