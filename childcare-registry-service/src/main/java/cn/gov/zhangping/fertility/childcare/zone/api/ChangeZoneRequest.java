package cn.gov.zhangping.fertility.childcare.zone.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneDetails;
import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneRules;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeZoneRequest", description = "What the register says of a zone now (code and township stay)")
public record ChangeZoneRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits")
        @Schema(description = "A community of the register in the zone's township", example = "350881001003", pattern = "^[0-9]{12}$")
        String communityCode,
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "西园新村", maxLength = 100) String name,
        @NotNull(message = "is required") @Schema(example = "BUILT") ZoneKind kind,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0")
        @Max(value = ZoneRules.MAX_RESIDENTS, message = "must be at most 10000000")
        @Schema(example = "6400", minimum = "0", maximum = "10000000") Integer residents) {

    ZoneDetails toDetails() {
        return new ZoneDetails(null, null, communityCode, name.strip(), kind, residents);
    }
}
