package cn.gov.zhangping.fertility.contracts.reference;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.contracts.birth.BirthPlace;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.reference.community-changed.v1}: a community of the register as it now
 * stands (created or changed), with its resident population per year. The whole state every time, with the
 * community's revision, so a consumer keeps the newest and skips stale ones. No personal data.
 */
@BirthPlace
public record CommunityChangedV1(
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String communityCode,
        @NotNull @TownshipCode String townshipCode,
        @NotBlank @Size(max = 100) String name,
        @NotNull AreaType areaType,
        @NotNull @Size(max = 50) List<@NotNull @Valid Population> populations,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt) implements BirthPlace.Located {

    /** Residents of the community in a year (常住人口, year end). */
    public record Population(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(0) @Max(10_000_000) Integer residents) {
    }
}
