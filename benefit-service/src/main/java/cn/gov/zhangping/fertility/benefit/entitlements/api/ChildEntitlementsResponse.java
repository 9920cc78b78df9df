package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeCause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementChange;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.policy.domain.AmountUnit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.DeterminationReason;
import cn.gov.zhangping.fertility.benefit.policy.domain.EntitlementState;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChildEntitlements", description = "Where a registered child's family stands with every benefit a "
        + "child's facts decide, on one date, with the facts used and the history of each")
public record ChildEntitlementsResponse(
        @Schema(example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f") UUID birthRegistrationId,
        @Schema(description = "The pseudonymous family, when the registration names one", nullable = true,
                example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
        @Schema(description = "The date the states are for (Asia/Shanghai)", example = "2026-11-30", format = "date") LocalDate asOf,
        Facts facts,
        List<Item> entitlements) {

    @Schema(name = "ChildFacts", description = "The facts of the registration as it stands (no personal data)")
    public record Facts(
            @Schema(example = "2026-03-10", format = "date") LocalDate birthDate,
            @Schema(example = "FEMALE", enumeration = {"MALE", "FEMALE"}) String sex,
            @Schema(example = "3") int birthOrder,
            @Schema(example = "false") boolean specialFamily,
            @Schema(description = "A reviewer has yet to confirm the birth order or special-family status", example = "false")
            boolean reviewPending,
            @Schema(description = "The registration was cancelled", example = "false") boolean cancelled,
            @Schema(description = "The registration revision these facts are from", example = "1") int revision) {
    }

    @Schema(name = "ChildEntitlement")
    public record Item(
            @Schema(example = "CHILDCARE_FEE_REDUCTION") PolicyCode policyCode,
            @Schema(example = "托育保育费减免") String chineseName,
            @Schema(example = "Childcare fee reduction") String englishName,
            @Schema(example = "CHILD") Beneficiary beneficiary,
            @Schema(example = "PERCENT_OF_FEE") AmountUnit unit,
            @Schema(example = "ACTIVE") EntitlementState state,
            @Schema(example = "IN_PERIOD") DeterminationReason reason,
            @Schema(example = "due: the child is within the benefit's period and a version is in force") String reasonText,
            @Schema(description = "The version in force on the date, else the next, else the last; null when none applies",
                    nullable = true, example = "1") Integer version,
            @Schema(description = "The next date the state changes by time alone", nullable = true, example = "2029-03-10",
                    format = "date") LocalDate nextMilestone,
            @Schema(description = "For a benefit due per month: the total of every period, in yuan", nullable = true,
                    example = "10800.00") BigDecimal totalAmount,
            @Schema(description = "The parts of the benefit's period, each under one version") List<Period> periods,
            @Schema(description = "Every change, oldest first") List<Change> history) {
    }

    @Schema(name = "EntitlementPeriod")
    public record Period(
            @Schema(example = "1") int version,
            @Schema(example = "2026-03-10", format = "date") LocalDate from,
            @Schema(description = "Null: open", nullable = true, example = "2029-03-09", format = "date") LocalDate to,
            @Schema(description = "The line of the version's terms that applies") TermsView terms,
            @Schema(example = "漳政办规〔2023〕2号 二(三)8") String source,
            @Schema(description = "Months due (a month is due when its last day is in the period)", nullable = true,
                    example = "36") Integer months,
            @Schema(description = "Yuan due for those months", nullable = true, example = "10800.00") BigDecimal amount,
            @Schema(description = "For a fee reduction booked from an enrolment: the reduction of each month, in yuan",
                    nullable = true, example = "600.00") BigDecimal monthlyAmount,
            @Schema(description = "Who bears each month's amount (the policy's cost split, odd fen by largest remainder); "
                    + "empty when there is no monthly amount") List<PayerAmount> monthlySplit) {
    }

    @Schema(name = "PayerAmount", description = "What one payer bears of an amount")
    public record PayerAmount(
            @Schema(example = "ZHANGPING_CITY_FINANCE") String payer,
            @Schema(description = "Yuan", example = "480.00") BigDecimal amount) {

        static List<PayerAmount> of(CostSplit split, Fen amount) {
            if (amount == null || split.shares().isEmpty()) {
                return List.of();
            }
            return split.split(amount).stream().map(p -> new PayerAmount(p.payer(), p.amount().yuan())).toList();
        }
    }

    @Schema(name = "EntitlementTerms")
    public record TermsView(
            @Schema(nullable = true, example = "3") Integer minBirthOrder,
            @Schema(nullable = true, example = "true") Boolean specialFamily,
            @Schema(description = "Yuan", nullable = true, example = "20000.00") BigDecimal amount,
            @Schema(nullable = true, example = "10") Integer quantity,
            @Schema(nullable = true, example = "50.00") BigDecimal percent) {
    }

    @Schema(name = "EntitlementChange")
    public record Change(
            @Schema(example = "REGISTRATION_CORRECTED") ChangeCause cause,
            @Schema(nullable = true, example = "corrected: BIRTH_ORDER") String detail,
            @Schema(example = "2") int revision,
            @Schema(example = "ACTIVE") EntitlementState state,
            @Schema(example = "IN_PERIOD") DeterminationReason reason,
            @Schema(nullable = true, example = "1") Integer version,
            @Schema(nullable = true, example = "2026-03-10", format = "date") LocalDate periodFrom,
            @Schema(nullable = true, example = "2029-03-09", format = "date") LocalDate periodTo,
            @Schema(description = "Yuan", nullable = true, example = "10800.00") BigDecimal totalAmount,
            @Schema(description = "The date it was determined for", example = "2026-11-30", format = "date") LocalDate changedOn,
            @Schema(example = "2026-11-30T08:00:05Z") Instant changedAt) {
    }

    static ChildEntitlementsResponse of(EntitlementService.ChildEntitlements e) {
        var c = e.child();
        Facts facts = new Facts(c.birthDate, c.sex, c.birthOrder, c.specialFamily, c.reviewPending, c.cancelled, c.revision);
        List<Item> items = e.items().stream().map(i -> item(i, e.asOf())).toList();
        return new ChildEntitlementsResponse(c.registrationId, c.familyId, e.asOf(), facts, items);
    }

    private static Item item(EntitlementService.Item i, LocalDate asOf) {
        var p = i.listing().policy();
        Determination d = i.determination();
        Determination.Period current = d.periodAround(asOf);
        boolean monthly = d.periods().stream().anyMatch(x -> x.amount() != null);
        List<Change> history = i.stored() == null ? List.of() : i.stored().history.stream().map(ChildEntitlementsResponse::change).toList();
        return new Item(p.code(), p.chineseName(), p.englishName(), p.beneficiary(), p.unit(), d.state(), d.reason(),
                d.reason().text(), current == null ? null : current.version(), d.nextMilestone(),
                monthly ? d.totalAmount().yuan() : null, d.periods().stream().map(x -> period(x, p.payers())).toList(),
                history);
    }

    private static Period period(Determination.Period p, CostSplit payers) {
        return new Period(p.version(), p.from(), p.to(), terms(p.tier()), p.source(), p.months(), yuan(p.amount()),
                yuan(p.monthly()), PayerAmount.of(payers, p.monthly()));
    }

    private static TermsView terms(Tier t) {
        return new TermsView(t.minBirthOrder(), t.specialFamily(), yuan(t.amount()), t.quantity(), t.percent());
    }

    private static Change change(EntitlementChange c) {
        return new Change(c.cause, c.detail, c.revision, c.state, c.reason, c.versionNumber, c.periodFrom, c.periodTo,
                c.amountFen == null ? null : new Fen(c.amountFen).yuan(), c.changedOn, c.changedAt);
    }

    private static BigDecimal yuan(Fen fen) {
        return fen == null ? null : fen.yuan();
    }

}
