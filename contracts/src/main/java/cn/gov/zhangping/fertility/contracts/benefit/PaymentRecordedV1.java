package cn.gov.zhangping.fertility.contracts.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Data of {@code cn.gov.zhangping.fertility.benefit.payment-recorded.v1}: a payment of a benefit, recorded once, with
 * the policy, the amount in fen, the period it pays for and what each payer bears (the split adds up to the amount).
 * No family, child or personal data: the payment id is the only identifier.
 */
public record PaymentRecordedV1(
        @NotNull UUID paymentId,
        @NotNull @Pattern(regexp = "^[A-Z_]{2,40}$") String policyCode,
        @NotNull @Min(1) @Max(10_000_000_000L) Long amountFen,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotNull LocalDate paidOn,
        @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull PayerShare> split,
        @NotNull Instant recordedAt) {

    /** What one payer bears, in fen. */
    public record PayerShare(
            @NotNull @Pattern(regexp = "^[A-Z_]{2,40}$") String payer,
            @NotNull @Min(0) @Max(10_000_000_000L) Long amountFen) {
    }
}
