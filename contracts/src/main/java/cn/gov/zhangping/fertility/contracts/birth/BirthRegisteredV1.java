package cn.gov.zhangping.fertility.contracts.birth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.birth.registered.v1}: only the facts consumers need, no names, no
 * identity numbers, no phone numbers. {@code revision} is optional (added within v1): absent means 1. {@code familyId} and {@code reviewPending} are
 * optional too: the pseudonymous family, and whether consumers hold what depends on doubtful facts.
 */
@BirthPlace
public record BirthRegisteredV1(
        @NotNull UUID registrationId,
        @NotNull Sex sex,
        @NotNull LocalDate birthDate,
        @NotNull @Min(1) @Max(20) Integer birthOrder,
        @NotNull @TownshipCode String townshipCode,
        @NotNull @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String communityCode,
        @NotNull Boolean specialFamily,
        @NotNull Boolean rural,
        @NotNull Instant registeredAt,
        @Min(value = 1, message = "must be 1") @Max(value = 1, message = "must be 1") Integer revision,
        UUID familyId,
        Boolean reviewPending)
        implements BirthPlace.Located {

    /** The revision a registration starts with. */
    public int revisionOrFirst() {
        return revision == null ? 1 : revision;
    }

    /** Whether consumers hold what depends on birth order and special family: absent means no. */
    public boolean isReviewPending() {
        return Boolean.TRUE.equals(reviewPending);
    }
}
