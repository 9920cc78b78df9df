package cn.gov.zhangping.fertility.benefit.claims.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimStatus;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "A family's claim, what the version of its date gives, and its decision")
public record ClaimResponse(
        @Schema(example = "0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d") UUID id,
        @Schema(example = "HOME_PURCHASE_SUBSIDY") PolicyCode policyCode,
        @Schema(example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
        @Schema(example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f") UUID birthRegistrationId,
        @Schema(example = "SUBMITTED") ClaimStatus status,
        @Schema(description = "The date that selected the version: the contract date, or the first rent month's first day",
                format = "date", example = "2025-06-20") LocalDate claimDate,
        @Schema(description = "The version in force on the claim date", example = "1") int version,
        @Schema(description = "Yuan the claim gives: the subsidy, the limits of every month claimed, the loan ceiling "
                + "increase (a limit, not money paid), 0.00 for a rental priority", example = "20000.00")
        BigDecimal amount,
        @Schema(description = "Rent: the first month's limit in yuan", nullable = true, example = "1000.00") BigDecimal monthlyLimit,
        @Schema(description = "Rent: the months claimed", nullable = true, example = "12") Integer months,
        @Schema(nullable = true) HomePurchaseView homePurchase,
        @Schema(nullable = true) RentWithdrawalView rentWithdrawal,
        @Schema(nullable = true) LoanCeilingView loanCeiling,
        @Schema(nullable = true) RentalPriorityView rentalPriority,
        @Schema(example = "2025-06-21T02:00:00Z") Instant submittedAt,
        @Schema(nullable = true, example = "2025-06-25T03:00:00Z") Instant decidedAt,
        @Schema(nullable = true, example = "购房合同未网签备案 (the contract is not registered)") String rejectionReason,
        @Schema(description = "Its states in order: SUBMITTED, then APPROVED or REJECTED") List<StatusChange> history) {

    @Schema(name = "ClaimStatusChange")
    public record StatusChange(@Schema(example = "SUBMITTED") ClaimStatus status,
            @Schema(example = "2025-06-21T02:00:00Z") Instant at,
            @Schema(nullable = true, example = "有自有住房") String reason) {
    }

    @Schema(name = "HomePurchaseView")
    public record HomePurchaseView(
            @Schema(example = "漳房网签2025-000123") String contractNumber,
            @Schema(format = "date", example = "2025-06-20") LocalDate contractDate,
            @Schema(example = "true") boolean newCommercialHousing,
            @Schema(description = "Yuan", example = "856000.00") BigDecimal contractAmount) {
    }

    @Schema(name = "RentWithdrawalView")
    public record RentWithdrawalView(
            @Schema(example = "2025-01") String fromMonth,
            @Schema(example = "2025-12") String toMonth,
            @Schema(example = "true") boolean noOwnHome) {
    }

    @Schema(name = "LoanCeilingView")
    public record LoanCeilingView(
            @Schema(format = "date", example = "2025-06-20") LocalDate applicationDate,
            @Schema(example = "true") boolean firstSelfOccupiedHome) {
    }

    @Schema(name = "RentalPriorityView")
    public record RentalPriorityView(@Schema(format = "date", example = "2025-06-20") LocalDate applicationDate) {
    }

    public static ClaimResponse of(Claim c) {
        LoanCeilingView loan = c.policyCode == PolicyCode.HPF_LOAN_CEILING_INCREASE
                ? new LoanCeilingView(c.applicationDate, Boolean.TRUE.equals(c.firstSelfOccupiedHome)) : null;
        RentalPriorityView priority = c.policyCode == PolicyCode.PUBLIC_RENTAL_PRIORITY
                ? new RentalPriorityView(c.applicationDate) : null;
        HomePurchaseView home = c.contractNumber == null ? null : new HomePurchaseView(c.contractNumber, c.contractDate,
                Boolean.TRUE.equals(c.newCommercialHousing), new Fen(c.contractAmountFen).yuan());
        RentWithdrawalView rent = c.rentFrom == null ? null : new RentWithdrawalView(YearMonth.from(c.rentFrom).toString(),
                YearMonth.from(c.rentTo).toString(), Boolean.TRUE.equals(c.noOwnHome));
        return new ClaimResponse(c.id, c.policyCode, c.familyId, c.registrationId, c.status, c.claimDate, c.versionNumber,
                new Fen(c.amountFen).yuan(), c.monthlyFen == null ? null : new Fen(c.monthlyFen).yuan(), c.months, home,
                rent, loan, priority, c.submittedAt, c.decidedAt, c.rejectionReason, history(c));
    }

    private static List<StatusChange> history(Claim c) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(ClaimStatus.SUBMITTED, c.submittedAt, null));
        if (c.decidedAt != null) {
            history.add(new StatusChange(c.status, c.decidedAt, c.rejectionReason));
        }
        return history;
    }
}
