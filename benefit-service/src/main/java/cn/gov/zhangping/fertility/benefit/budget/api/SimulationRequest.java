package cn.gov.zhangping.fertility.benefit.budget.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimulationRequest", description = "A benefit, one parameter changed in every line of its terms, and the "
        + "period of recorded births to count")
public record SimulationRequest(
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z_]{1,40}$", message = "must be a policy code")
        @Schema(example = "HOME_PURCHASE_SUBSIDY", pattern = "^[A-Z_]{1,40}$") String policyCode,
        @NotNull(message = "is required") @Valid
        @Schema(description = "Exactly one of amount and minBirthOrder") Change change,
        @NotNull(message = "is required") @Pattern(regexp = BudgetResource.DATE_PATTERN, message = "must be a date (YYYY-MM-DD)")
        @Schema(description = "First birth date counted", format = "date", example = "2023-04-10",
                pattern = BudgetResource.DATE_PATTERN) String bornFrom,
        @NotNull(message = "is required") @Pattern(regexp = BudgetResource.DATE_PATTERN, message = "must be a date (YYYY-MM-DD)")
        @Schema(description = "Last birth date counted", format = "date", example = "2025-12-31",
                pattern = BudgetResource.DATE_PATTERN) String bornTo) {

    @Schema(name = "SimulationChange")
    public record Change(
            @DecimalMin(value = "0.00", message = "must be at least 0")
            @DecimalMax(value = "100000000.00", message = "must be at most 100000000")
            @Digits(integer = 9, fraction = 2, message = "must be yuan with at most two decimals")
            @Schema(description = "Yuan, in the policy's unit (once, per month, per year)", nullable = true,
                    example = "30000.00", minimum = "0", maximum = "100000000") BigDecimal amount,
            @Min(value = 1, message = "must be at least 1") @Max(value = 20, message = "must be at most 20")
            @Schema(description = "Applies from this birth order on", nullable = true, example = "2", minimum = "1",
                    maximum = "20") Integer minBirthOrder) {
    }
}
