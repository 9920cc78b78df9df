package cn.gov.zhangping.fertility.childcare.community.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.childcare.community.domain.CommunityDetails;
import cn.gov.zhangping.fertility.contracts.reference.AreaType;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunityRequest", description = "A community to add to the register")
public record CommunityRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits")
        @Schema(description = "12-digit community code starting with the township code", example = "350881001003",
                pattern = "^[0-9]{12}$") String code,
        @NotBlank(message = "is required") @TownshipCode
        @Schema(description = "Township (NBS code under 350881)", example = "350881001") String townshipCode,
        @NotBlank(message = "is required") @MaxLength(100)
        @Schema(example = "西安社区", maxLength = 100) String name,
        @NotNull(message = "is required") @Schema(example = "URBAN") AreaType areaType,
        @NotNull(message = "is required") @Size(max = 50, message = "at most 50 years")
        @Schema(maxItems = 50) List<@NotNull(message = "is required") @Valid PopulationBody> populations,
        @DecimalMin(value = "-90", message = "must be at least -90") @DecimalMax(value = "90", message = "must be at most 90")
        @Digits(integer = 2, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "Latitude of the community's centre, WGS 84 degrees; with longitude or not at all", nullable = true,
                minimum = "-90", maximum = "90", example = "25.291500") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "must be at least -180") @DecimalMax(value = "180", message = "must be at most 180")
        @Digits(integer = 3, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "Longitude of the community's centre, WGS 84 degrees; with latitude or not at all", nullable = true,
                minimum = "-180", maximum = "180", example = "117.420100") BigDecimal longitude) {

    CommunityDetails toDetails() {
        return new CommunityDetails(code, townshipCode, name.strip(), areaType,
                populations.stream().map(PopulationBody::toDomain).toList(), latitude, longitude);
    }
}
