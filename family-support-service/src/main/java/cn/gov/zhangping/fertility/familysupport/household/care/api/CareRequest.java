package cn.gov.zhangping.fertility.familysupport.household.care.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdCareRequest", description = "A special family's two contact persons (双岗联系人) and family doctor")
public record CareRequest(
        @NotNull(message = "is required") @Valid
        @Schema(description = "The contact person from the township") Contact townshipContact,
        @NotNull(message = "is required") @Valid
        @Schema(description = "The contact person from the village or community") Contact villageContact,
        @Valid @Schema(description = "The contracted family doctor, when there is one", nullable = true) Doctor familyDoctor) {

    @Schema(name = "CareContact", description = "An official acting as contact person: name and work phone")
    public record Contact(
            @NotBlank(message = "is required") @MaxLength(40) @Schema(maxLength = 40, example = "陈建华") String name,
            @NotBlank(message = "is required")
            @Pattern(regexp = "^[0-9+-]{5,20}$", message = "must be 5 to 20 digits, + or -")
            @Schema(pattern = "^[0-9+-]{5,20}$", example = "0597-7532100") String phone) {
    }

    @Schema(name = "FamilyDoctor", description = "The family doctor contracted (家庭医生签约服务)")
    public record Doctor(
            @NotBlank(message = "is required") @MaxLength(40) @Schema(maxLength = 40, example = "林医生") String name,
            @NotBlank(message = "is required") @MaxLength(100) @Schema(maxLength = 100, example = "永福镇卫生院")
            String institution,
            @NotNull(message = "is required") @Schema(example = "2025-03-01") @JsonFormat(lenient = OptBoolean.FALSE) LocalDate contractedOn) {
    }
}
