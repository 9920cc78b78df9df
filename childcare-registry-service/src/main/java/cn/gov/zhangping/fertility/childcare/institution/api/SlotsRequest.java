package cn.gov.zhangping.fertility.childcare.institution.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionSlotsRequest", description = "The institution's slots from now on")
public record SlotsRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 10000, message = "must be at most 10000")
        @Schema(example = "80", minimum = "1", maximum = "10000") Integer totalSlots,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0") @Max(value = 10000, message = "must be at most 10000")
        @Schema(example = "50", minimum = "0", maximum = "10000") Integer inclusiveSlots) {
}
