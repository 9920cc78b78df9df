package cn.gov.zhangping.fertility.familysupport.household.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import cn.gov.zhangping.fertility.familysupport.household.domain.MemberRole;
import cn.gov.zhangping.fertility.familysupport.household.domain.NewMember;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.familysupport.privacy.ValidResidentIdNumber;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdMemberRequest", description = "A member of a household. The date of birth and sex are read from "
        + "the identity number (GB 11643-1999).")
public record MemberRequest(
        @NotNull(message = "is required") @Schema(example = "MOTHER") MemberRole role,
        @NotBlank(message = "is required") @ValidResidentIdNumber
        @Schema(description = "Resident identity number; stored encrypted, shown masked", example = "350881196402290027")
        String idNumber,
        @NotNull(message = "is required") @Schema(description = "Household registration (户口) type", example = "RURAL")
        HukouType hukouType,
        @Schema(description = "Date of death, for a child who has died (a special family)", nullable = true,
                example = "2015-06-01")
        @JsonFormat(lenient = OptBoolean.FALSE)
        LocalDate diedOn,
        @Min(value = 1, message = "must be at least 1") @Max(value = 4, message = "must be at most 4")
        @Schema(description = "Disability grade (1 most severe to 4), for a disabled child", nullable = true, example = "2")
        Integer disabilityGrade) {

    NewMember toNew() {
        String id = ResidentIdNumber.normalise(idNumber);
        Sex sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new NewMember(role, id, sex, ResidentIdNumber.birthDate(id).orElseThrow(), hukouType, diedOn,
                disabilityGrade);
    }
}
