package cn.gov.zhangping.fertility.childcare.zone.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneDetails;
import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneRules;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ZoneRequest", description = "A residential zone (住宅区) to add to the register")
public record ZoneRequest(
        @NotBlank(message = "is required") @Pattern(regexp = ZoneRules.CODE_PATTERN, message = "must be the township code, Z and 3 digits")
        @Schema(description = "Stable code: the township code, Z, three digits", example = "350881001Z001",
                pattern = ZoneRules.CODE_PATTERN) String code,
        @NotBlank(message = "is required") @TownshipCode @Schema(example = "350881001") String townshipCode,
        @NotBlank(message = "is required") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits")
        @Schema(description = "A community of the register in the township", example = "350881001003", pattern = "^[0-9]{12}$")
        String communityCode,
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "西园新村", maxLength = 100) String name,
        @NotNull(message = "is required") @Schema(description = "NEW (新建住宅区) or BUILT (已建成住宅区)", example = "NEW") ZoneKind kind,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0")
        @Max(value = ZoneRules.MAX_RESIDENTS, message = "must be at most 10000000")
        @Schema(example = "6000", minimum = "0", maximum = "10000000") Integer residents) {

    ZoneDetails toDetails() {
        return new ZoneDetails(code, townshipCode, communityCode, name.strip(), kind, residents);
    }
}
