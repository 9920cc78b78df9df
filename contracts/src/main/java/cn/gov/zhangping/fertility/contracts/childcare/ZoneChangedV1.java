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
 * Data of {@code cn.gov.zhangping.fertility.childcare.zone-changed.v1}: a residential zone of the register as it now
 * stands (added or changed). With the institutions' {@code zoneId}, inclusive slots and status it gives indicators 9
 * (new zones) and 10 (built zones). The whole state every time, with its revision. No personal data.
 */
@BirthPlace
public record ZoneChangedV1(
        @NotNull UUID zoneId,
        @NotNull @Pattern(regexp = "^[0-9]{9}Z[0-9]{3}$", message = "must be the township code, Z and 3 digits") String code,
        @NotNull @TownshipCode String townshipCode,
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String communityCode,
        @NotNull ZoneKind kind,
        @NotNull @Min(0) @Max(10_000_000) Integer residents,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt) implements BirthPlace.Located {
}
