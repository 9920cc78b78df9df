package cn.gov.zhangping.fertility.benefit.payments.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.benefit.payments.domain.PaymentDraft;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordPaymentRequest", description = "A payment made: for an approved claim (claimId), or for one month "
        + "of a child's entitlement (birthRegistrationId, policyCode, month)")
public record RecordPaymentRequest(
        @NotNull(message = "is required") @Pattern(regexp = REFERENCE_PATTERN, message = "must be 1 to 60 letters, digits, '-', '_' or '/'")
        @Schema(description = "The payment's voucher number at the paying side; recorded once", pattern = REFERENCE_PATTERN,
                example = "ZPCZ-2025-000417") String reference,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
        @Schema(nullable = true, format = "uuid", pattern = UUID_PATTERN, example = "0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d")
        String claimId,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
        @Schema(nullable = true, format = "uuid", pattern = UUID_PATTERN, example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f")
        String birthRegistrationId,
        @Pattern(regexp = "^[A-Z_]{1,40}$", message = "must be a policy code")
        @Schema(nullable = true, pattern = "^[A-Z_]{1,40}$", example = "CHILDCARE_FEE_REDUCTION") String policyCode,
        @Pattern(regexp = MONTH_PATTERN, message = "must be a month (YYYY-MM)")
        @Schema(nullable = true, pattern = MONTH_PATTERN, example = "2025-06") String month,
        @NotNull(message = "is required")
        @DecimalMin(value = "0.01", message = "must be above 0")
        @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
        @Digits(integer = 8, fraction = 2, message = "must be yuan with at most two decimals")
        @Schema(description = "Yuan", minimum = "0.01", maximum = "99999999.99", example = "20000.00") BigDecimal amount,
        @NotNull(message = "is required")
        @Schema(format = "date", example = "2025-07-01") LocalDate paidOn) {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String REFERENCE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_/-]{0,59}$";

    PaymentDraft toDraft() {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean forMonth = birthRegistrationId != null || policyCode != null || month != null;
        if (claimId != null && forMonth) {
            errors.add(new Problem.FieldError("claimId", "give either claimId or birthRegistrationId, policyCode and month"));
        }
        if (claimId == null) {
            if (birthRegistrationId == null) {
                errors.add(new Problem.FieldError("birthRegistrationId", "is required without claimId"));
            }
            if (policyCode == null) {
                errors.add(new Problem.FieldError("policyCode", "is required without claimId"));
            } else if (Arrays.stream(PolicyCode.values()).noneMatch(c -> c.name().equals(policyCode))) {
                errors.add(new Problem.FieldError("policyCode", "is not a policy of the catalogue"));
            }
            if (month == null) {
                errors.add(new Problem.FieldError("month", "is required without claimId"));
            }
        }
        if (paidOn.getYear() < 2000 || paidOn.getYear() > 2199) {
            errors.add(new Problem.FieldError("paidOn", "must be from 2000-01-01 to 2199-12-31"));
        }
        if (month != null && (YearMonth.parse(month).getYear() < 2000 || YearMonth.parse(month).getYear() > 2199)) {
            errors.add(new Problem.FieldError("month", "must be from 2000-01 to 2199-12"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return claimId != null
                ? new PaymentDraft(reference, UUID.fromString(claimId), null, null, null, Fen.ofYuan(amount), paidOn)
                : new PaymentDraft(reference, null, UUID.fromString(birthRegistrationId), PolicyCode.valueOf(policyCode),
                        YearMonth.parse(month), Fen.ofYuan(amount), paidOn);
    }
}
