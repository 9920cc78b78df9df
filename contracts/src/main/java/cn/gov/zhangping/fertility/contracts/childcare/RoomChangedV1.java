package cn.gov.zhangping.fertility.contracts.childcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.childcare.room-changed.v1}: a public place of the register with its
 * mother-and-baby room as it now stands, for indicator 16 (places with a room ÷ places that must have one).
 * {@code roomRequired} is decided by the rule named in {@code requiredBy} (null when no rule requires a room). The
 * whole state every time, with its revision. No personal data. A place without a room has no opening date and its
 * room does not meet the standard.
 */
public record RoomChangedV1(
        @NotNull UUID placeId,
        @NotNull PublicPlaceKind kind,
        @NotNull @TownshipCode String townshipCode,
        @NotNull Boolean roomRequired,
        @Size(min = 1, max = 40) String requiredBy,
        @NotNull Boolean roomPresent,
        LocalDate roomOpenedOn,
        @NotNull Boolean roomMeetsStandard,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt) {
}
