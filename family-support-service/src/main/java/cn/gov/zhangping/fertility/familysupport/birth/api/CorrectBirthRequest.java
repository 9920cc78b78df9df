package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthCorrection;
import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectBirthRequest", description = "A correction of a birth registration: the fields to change and why")
public record CorrectBirthRequest(
        @NotNull(message = "is required")
        @Valid
        @Schema(description = "The corrected values; a field left out (or null) stays as it is")
        Changes changes,
        @NotBlank(message = "is required")
        @MaxLength(500)
        @Schema(description = "Why the registration is corrected (shown in its history to every role that reads it; "
                + "no personal data)", example = "出生医学证明核对：乡镇填写有误", maxLength = 500)
        String reason) {

    @Schema(name = "BirthRegistrationChanges", description = "Corrected values, each checked as at registration. "
            + "The mother's identity number cannot be corrected: cancel the registration (REGISTERED_IN_ERROR) and "
            + "register the birth again.")
    public record Changes(
            @Schema(example = "MALE")
            Sex sex,
            @Schema(description = "Date of birth (Asia/Shanghai); not in the future", example = "2026-11-19")
            LocalDate birthDate,
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 20, message = "must be at most 20")
            @Schema(description = "The child's order among the mother's children, 1 for the first", example = "1")
            Integer birthOrder,
            @TownshipCode
            @Schema(description = "Township of residence (NBS code under 350881)", example = "350881106")
            String townshipCode,
            @Schema(description = "Community (居委会/村委会) code: 12 digits starting with the township code",
                    example = "350881106002")
            String communityCode,
            @Schema(description = "The family is a family-planning special family (计生特殊家庭)", example = "false")
            Boolean specialFamily,
            @Schema(description = "The family is rural (农村)", example = "true")
            Boolean rural,
            @MaxLength(50)
            @ChildName
            @Schema(description = "Child's name, as at registration", example = "陈安宇", pattern = ChildName.PATTERN,
                    maxLength = 50)
            String childName,
            @MaxLength(100)
            @Schema(description = "Delivery institution", example = "漳平市妇幼保健院", maxLength = 100)
            String hospital) {

        BirthCorrection toCorrection() {
            return new BirthCorrection(sex, birthDate, birthOrder, townshipCode, communityCode, specialFamily, rural,
                    childName, hospital);
        }
    }
}
