package cn.gov.zhangping.fertility.contracts.birth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Data of {@code cn.gov.zhangping.fertility.birth.registration-reviewed.v1}: a reviewer confirmed the doubtful facts
 * of a registration that was under review (its earlier events carried {@code reviewPending: true}); what a consumer
 * held because of the review is released. No names, identity numbers or free text.
 */
public record BirthRegistrationReviewedV1(
        @NotNull UUID registrationId,
        @NotNull @Min(2) Integer revision,
        UUID familyId,
        @NotNull @Min(1) @Max(20) Integer birthOrder,
        @NotNull @AssertFalse(message = "must be false") Boolean reviewPending,
        @NotNull @NotEmpty List<@NotNull ReviewFinding> confirmedFindings,
        @NotNull Instant reviewedAt) {
}
