package cn.gov.zhangping.fertility.contracts.childcare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Data of {@code cn.gov.zhangping.fertility.childcare.enrolment-changed.v1}: an enrolment as it now stands (started,
 * withdrawn, ended), with the monthly fee and the reduction the child is entitled to (plan task 8: third and later
 * child, child re-born into a special family, at public inclusive nurseries). The child is the pseudonymous birth
 * registration id; no names. Amounts are yuan with two decimals; benefit-service books the reduction and its split.
 * {@code reductionHeld} is optional (added within v1, absent means false): a reduction held while the child's birth
 * registration is under review.
 */
public record EnrolmentChangedV1(
        @NotNull UUID enrolmentId,
        @NotNull UUID childRegistrationId,
        @NotNull UUID institutionId,
        @NotNull InstitutionKind institutionKind,
        @NotNull EnrolmentStatus status,
        @NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal monthlyFee,
        @NotNull @DecimalMin("0.00") @DecimalMax("1.00") @Digits(integer = 1, fraction = 2) BigDecimal reductionRatio,
        @NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal reducedFee,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt,
        Boolean reductionHeld) {
}
