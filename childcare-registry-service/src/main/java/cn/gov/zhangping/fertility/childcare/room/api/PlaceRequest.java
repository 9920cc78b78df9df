package cn.gov.zhangping.fertility.childcare.room.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.childcare.room.domain.PlaceDetails;
import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicPlaceRequest", description = "A public place of the register: what decides whether it must have a mother-and-baby room")
public record PlaceRequest(
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "漳平火车站", maxLength = 100) String name,
        @NotNull(message = "is required") @Schema(example = "TRANSPORT_HUB") PublicPlaceKind kind,
        @NotBlank(message = "is required") @TownshipCode @Schema(example = "350881001") String townshipCode,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(description = "Floor area in m²", example = "12000", minimum = "0", maximum = "10000000") Integer floorAreaM2,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0") @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(description = "Visitors on an ordinary day", example = "8000", minimum = "0", maximum = "10000000") Integer dailyVisitors) {

    PlaceDetails toDetails() {
        return new PlaceDetails(name.strip(), kind, townshipCode, floorAreaM2, dailyVisitors);
    }
}
