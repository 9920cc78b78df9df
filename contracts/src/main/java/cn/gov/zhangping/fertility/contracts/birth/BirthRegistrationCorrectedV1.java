package cn.gov.zhangping.fertility.contracts.birth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.birth.registration-corrected.v1}: the registration's values after the
 * correction (every fact the registered event carries), which fields changed, and the new revision (2 or more).
 * No names, identity numbers or free-text reasons.
 */
@BirthPlace
public record BirthRegistrationCorrectedV1(
        @NotNull UUID registrationId,
        @NotNull @Min(2) Integer revision,
        @NotNull Sex sex,
        @NotNull LocalDate birthDate,
        @NotNull @Min(1) @Max(20) Integer birthOrder,
        @NotNull @TownshipCode String townshipCode,
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String communityCode,
        @NotNull Boolean specialFamily,
        @NotNull Boolean rural,
        @NotNull @NotEmpty List<@NotNull CorrectableField> changedFields,
        @NotNull Instant correctedAt,
        UUID familyId,
        Boolean reviewPending) implements BirthPlace.Located {

    /** Whether consumers hold what depends on birth order and special family: absent means no. */
    public boolean isReviewPending() {
        return Boolean.TRUE.equals(reviewPending);
    }
}
