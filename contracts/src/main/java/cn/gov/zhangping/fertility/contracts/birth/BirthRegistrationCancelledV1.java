package cn.gov.zhangping.fertility.contracts.birth;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Data of {@code cn.gov.zhangping.fertility.birth.registration-cancelled.v1}: the registration no longer stands.
 * {@code duplicateOf} is given when {@code reason} is {@code DUPLICATE}.
 */
public record BirthRegistrationCancelledV1(
        @NotNull UUID registrationId,
        @NotNull @Min(2) Integer revision,
        @NotNull CancellationReason reason,
        UUID duplicateOf,
        @NotNull Instant cancelledAt) {
}
