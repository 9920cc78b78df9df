package cn.gov.zhangping.fertility.contracts.household;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Data of {@code cn.gov.zhangping.fertility.household.review-completed.v1}: the yearly review (资格确认) of one household
 * was confirmed. One event per household of the review, keyed by the household id, listing its recipients (parents)
 * with the change (NEW, CONTINUING, ENDED) and its reason, the months and amount due in yuan (0.00 for a recipient
 * verification found inaccurate: nothing is paid to them), the verification
 * outcome (indicator 22) and, for special families, the medical-insurance enrolment of the year (indicator 24).
 * benefit-service pays the amounts due and publishes its payments; indicator 23 is paid ÷ due.
 */
public record HouseholdReviewCompletedV1(
        @NotNull UUID reviewId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull UUID householdId,
        UUID familyId,
        @NotNull @Pattern(regexp = "^(REWARD_ASSISTANCE|SPECIAL_ASSISTANCE)$") String scheme,
        @NotNull @Pattern(regexp = "^3508[0-9]{5}$") String townshipCode,
        @NotNull @DecimalMin("0.01") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2) BigDecimal yearlyAmountYuan,
        @NotEmpty List<@NotNull @Valid Recipient> recipients,
        @NotNull Instant confirmedAt) {

    public record Recipient(
            @NotNull UUID memberId,
            @NotNull @Pattern(regexp = "^(NEW|CONTINUING|ENDED)$") String change,
            @NotNull @Pattern(regexp = "^[A-Z_]{2,30}$") String reason,
            @NotNull @Min(0) @Max(12) Integer monthsDue,
            @NotNull @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2) BigDecimal amountDueYuan,
            @NotNull @Pattern(regexp = "^(ACCURATE|INACCURATE)$") String verification,
            @Pattern(regexp = "^(DECEASED|MOVED|NOT_ELIGIBLE)$") String inaccuracyReason,
            Boolean insuranceEnrolled) {
    }
}
