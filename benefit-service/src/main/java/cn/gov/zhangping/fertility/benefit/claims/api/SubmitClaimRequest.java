package cn.gov.zhangping.fertility.benefit.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimDraft;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitClaimRequest", description = "A family's claim for a benefit it applies for, with the evidence of "
        + "its kind: homePurchase for HOME_PURCHASE_SUBSIDY, rentWithdrawal for HPF_RENT_WITHDRAWAL_LIMIT, loanCeiling "
        + "for HPF_LOAN_CEILING_INCREASE, rentalPriority for PUBLIC_RENTAL_PRIORITY (the others left out)")
public record SubmitClaimRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "^(HOME_PURCHASE_SUBSIDY|HPF_RENT_WITHDRAWAL_LIMIT|HPF_LOAN_CEILING_INCREASE|PUBLIC_RENTAL_PRIORITY)$",
                message = "must be HOME_PURCHASE_SUBSIDY, HPF_RENT_WITHDRAWAL_LIMIT, HPF_LOAN_CEILING_INCREASE or PUBLIC_RENTAL_PRIORITY")
        @Schema(enumeration = {"HOME_PURCHASE_SUBSIDY", "HPF_RENT_WITHDRAWAL_LIMIT", "HPF_LOAN_CEILING_INCREASE",
                "PUBLIC_RENTAL_PRIORITY"}, example = "HOME_PURCHASE_SUBSIDY")
        String policyCode,
        @NotNull(message = "is required") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
        @Schema(description = "The pseudonymous family (as the birth events carry it)", format = "uuid",
                pattern = UUID_PATTERN, example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b")
        String familyId,
        @NotNull(message = "is required") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
        @Schema(description = "The birth registration of the child whose birth order qualifies the family (its third "
                + "child for the home subsidy)", format = "uuid", pattern = UUID_PATTERN,
                example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f")
        String birthRegistrationId,
        @Valid @Schema(nullable = true) HomePurchase homePurchase,
        @Valid @Schema(nullable = true) RentWithdrawal rentWithdrawal,
        @Valid @Schema(nullable = true) LoanCeiling loanCeiling,
        @Valid @Schema(nullable = true) RentalPriority rentalPriority) {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    @Schema(name = "HomePurchaseEvidence", description = "The purchase contract (购房合同) of a new home")
    public record HomePurchase(
            @NotBlank(message = "is required") @MaxLength(60)
            @Schema(description = "The registered purchase contract's number", maxLength = 60, example = "漳房网签2025-000123")
            String contractNumber,
            @NotNull(message = "is required")
            @Schema(description = "The contract's date: it selects the version", format = "date", example = "2025-06-20")
            LocalDate contractDate,
            @NotNull(message = "is required")
            @Schema(description = "The home is new commercial housing (新建商品住房)", example = "true")
            Boolean newCommercialHousing,
            @NotNull(message = "is required")
            @DecimalMin(value = "0.01", message = "must be above 0")
            @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
            @Digits(integer = 8, fraction = 2, message = "must be yuan with at most two decimals")
            @Schema(description = "The contract's price, yuan", minimum = "0.01", maximum = "99999999.99", example = "856000.00")
            BigDecimal contractAmount) {
    }

    @Schema(name = "RentWithdrawalEvidence", description = "The months of rent for which the raised limit is claimed")
    public record RentWithdrawal(
            @NotNull(message = "is required") @Pattern(regexp = MONTH_PATTERN, message = "must be a month (YYYY-MM)")
            @Schema(description = "First month (YYYY-MM)", pattern = MONTH_PATTERN, example = "2025-01")
            String fromMonth,
            @NotNull(message = "is required") @Pattern(regexp = MONTH_PATTERN, message = "must be a month (YYYY-MM)")
            @Schema(description = "Last month (YYYY-MM), at most 12 months after the first counted inclusively",
                    pattern = MONTH_PATTERN, example = "2025-12")
            String toMonth,
            @NotNull(message = "is required")
            @Schema(description = "The family has no home of its own where the fund is paid (无自有住房)", example = "true")
            Boolean noOwnHome) {
    }

    @Schema(name = "LoanCeilingEvidence", description = "The housing provident fund loan application (公积金贷款申请)")
    public record LoanCeiling(
            @NotNull(message = "is required")
            @Schema(description = "The loan application's date: it selects the version", format = "date", example = "2025-06-20")
            LocalDate applicationDate,
            @NotNull(message = "is required")
            @Schema(description = "The home is the family's first self-occupied one (首套自住住房)", example = "true")
            Boolean firstSelfOccupiedHome) {
    }

    @Schema(name = "RentalPriorityEvidence", description = "The application for public rental housing (公租房申请)")
    public record RentalPriority(
            @NotNull(message = "is required")
            @Schema(description = "The application's date: it selects the version", format = "date", example = "2025-06-20")
            LocalDate applicationDate) {
    }

    ClaimDraft toDraft() {
        PolicyCode code = PolicyCode.valueOf(policyCode);
        List<Problem.FieldError> errors = new ArrayList<>();
        evidence(errors, code, PolicyCode.HOME_PURCHASE_SUBSIDY, "homePurchase", homePurchase);
        evidence(errors, code, PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT, "rentWithdrawal", rentWithdrawal);
        evidence(errors, code, PolicyCode.HPF_LOAN_CEILING_INCREASE, "loanCeiling", loanCeiling);
        evidence(errors, code, PolicyCode.PUBLIC_RENTAL_PRIORITY, "rentalPriority", rentalPriority);
        if (homePurchase != null && outOfRange(homePurchase.contractDate)) {
            errors.add(new Problem.FieldError("homePurchase.contractDate", "must be from 2000-01-01 to 2199-12-31"));
        }
        if (loanCeiling != null && outOfRange(loanCeiling.applicationDate)) {
            errors.add(new Problem.FieldError("loanCeiling.applicationDate", "must be from 2000-01-01 to 2199-12-31"));
        }
        if (rentalPriority != null && outOfRange(rentalPriority.applicationDate)) {
            errors.add(new Problem.FieldError("rentalPriority.applicationDate", "must be from 2000-01-01 to 2199-12-31"));
        }
        YearMonth from = null;
        YearMonth to = null;
        if (rentWithdrawal != null) {
            from = YearMonth.parse(rentWithdrawal.fromMonth);
            to = YearMonth.parse(rentWithdrawal.toMonth);
            if (to.isBefore(from) || from.plusMonths(11).isBefore(to)) {
                errors.add(new Problem.FieldError("rentWithdrawal.toMonth", "must be 1 to 12 months from fromMonth"));
            }
            if (from.getYear() < 2000 || to.getYear() > 2199) {
                errors.add(new Problem.FieldError("rentWithdrawal.fromMonth", "must be from 2000-01 to 2199-12"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        UUID family = UUID.fromString(familyId);
        UUID child = UUID.fromString(birthRegistrationId);
        return switch (code) {
            case HOME_PURCHASE_SUBSIDY -> new ClaimDraft(code, family, child, homePurchase.contractNumber,
                    homePurchase.contractDate, homePurchase.newCommercialHousing, Fen.ofYuan(homePurchase.contractAmount),
                    null, null, null, null, null);
            case HPF_LOAN_CEILING_INCREASE -> new ClaimDraft(code, family, child, null, null, null, null, null, null, null,
                    loanCeiling.applicationDate, loanCeiling.firstSelfOccupiedHome);
            case PUBLIC_RENTAL_PRIORITY -> new ClaimDraft(code, family, child, null, null, null, null, null, null, null,
                    rentalPriority.applicationDate, null);
            default -> new ClaimDraft(code, family, child, null, null, null, null, from, to, rentWithdrawal.noOwnHome,
                    null, null);
        };
    }

    /** The evidence named {@code field} is required for {@code kind} and must be left out for any other. */
    private static void evidence(List<Problem.FieldError> errors, PolicyCode code, PolicyCode kind, String field,
            Object given) {
        if (code == kind && given == null) {
            errors.add(new Problem.FieldError(field, "is required for " + kind));
        }
        if (code != kind && given != null) {
            errors.add(new Problem.FieldError(field, "must be left out for " + code));
        }
    }

    private static boolean outOfRange(LocalDate day) {
        return day.getYear() < 2000 || day.getYear() > 2199;
    }
}
