package cn.gov.zhangping.fertility.contracts.childcare;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.contracts.birth.BirthPlace;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.childcare.institution-changed.v1}: a childcare institution as it now
 * stands (registered, slots changed, status changed), for the indicators its slots move (12 slots per 1,000
 * residents, 13 inclusive share, 14 townships and 15 urban communities with inclusive childcare, the zone standards
 * of 9 and 10). The whole state every time, with its revision. No personal data.
 */
@BirthPlace
public record InstitutionChangedV1(
        @NotNull UUID institutionId,
        @NotNull InstitutionKind kind,
        @NotNull Boolean inclusive,
        @NotNull @TownshipCode String townshipCode,
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String communityCode,
        UUID zoneId,
        @NotNull InstitutionStatusV1 status,
        @NotNull @Min(1) @Max(10000) Integer totalSlots,
        @NotNull @Min(0) @Max(10000) Integer inclusiveSlots,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt) implements BirthPlace.Located {
}
