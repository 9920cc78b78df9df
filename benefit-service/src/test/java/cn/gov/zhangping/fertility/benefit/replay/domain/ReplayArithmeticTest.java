package cn.gov.zhangping.fertility.benefit.replay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.DeterminationReason;
import cn.gov.zhangping.fertility.benefit.policy.domain.EntitlementState;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import org.junit.jupiter.api.Test;

class ReplayArithmeticTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final CostSplit TWO_EIGHT = new CostSplit(List.of(new CostSplit.Share("LONGYAN", 2),
            new CostSplit.Share("ZHANGPING", 8)));

    private static PolicyVersion version(String from, String to) {
        return new PolicyVersion(PolicyCode.HOME_PURCHASE_SUBSIDY, 2, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null, false,
                List.of(new Tier(3, null, Fen.ofYuan(30000), null, null)), "test");
    }

    private static Fen yuan(String yuan) {
        return Fen.ofYuan(new java.math.BigDecimal(yuan));
    }

    private static ReplayLine line(String paid, String owed) {
        return new ReplayLine(UUID.randomUUID(), null, UUID.randomUUID(), yuan(paid), yuan(owed));
    }

    /** 1,000.00 a month from {@code from} to {@code to} (a child's monthly benefit under one version). */
    private static Determination monthly(String from, String to) {
        return new Determination(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, EntitlementState.ACTIVE,
                DeterminationReason.values()[0], List.of(new Determination.Period(2, LocalDate.parse(from),
                LocalDate.parse(to), Tier.forEveryChild(Fen.ofYuan(12000), null, null), "test", 36, Fen.ofYuan(36000),
                Fen.ofYuan(1000))), null);
    }

    @Test
    void theHomeSubsidyRaisedTo30000LeavesArrearsOf10000ForAFamilyPaid20000() {
        ReplayLine l = line("20000.00", "30000.00");
        assertThat(l.kind()).isEqualTo(ReplayLine.Kind.ARREARS);
        assertThat(l.difference().yuan()).isEqualByComparingTo("10000.00");
        assertThat(l.arrears().yuan()).isEqualByComparingTo("10000.00");
        assertThat(l.overpayment()).isEqualTo(Fen.ZERO);
    }

    @Test
    void paidMoreThanOwedIsAnOverpaymentAsAPositiveAmount() {
        ReplayLine l = line("30000.00", "20000.00");
        assertThat(l.kind()).isEqualTo(ReplayLine.Kind.OVERPAYMENT);
        assertThat(l.difference().yuan()).isEqualByComparingTo("-10000.00");
        assertThat(l.overpayment().yuan()).isEqualByComparingTo("10000.00");
        assertThat(l.arrears()).isEqualTo(Fen.ZERO);
        // nothing owed any more (a registration cancelled): all of it was paid too much
        assertThat(line("600.03", "0.00").overpayment().yuan()).isEqualByComparingTo("600.03");
    }

    @Test
    void notPaidAtAllIsArrearsOfAllThatIsOwedAndPaidAsOwedIsSettled() {
        assertThat(line("0.00", "800.00").arrears().yuan()).isEqualByComparingTo("800.00");
        assertThat(line("800.00", "800.00").kind()).isEqualTo(ReplayLine.Kind.SETTLED);
        assertThat(line("0.00", "0.00").kind()).isEqualTo(ReplayLine.Kind.SETTLED);
    }

    @Test
    void theWindowRunsFromTheVersionsFirstDayToItsEndOrToday() {
        assertThat(ReplayArithmetic.window(version("2024-01-01", null), TODAY)).contains(
                new ReplayArithmetic.Window(LocalDate.parse("2024-01-01"), TODAY));
        assertThat(ReplayArithmetic.window(version("2024-01-01", "2024-06-15"), TODAY)).contains(
                new ReplayArithmetic.Window(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-15")));
        assertThat(ReplayArithmetic.window(version("2026-12-01", null), TODAY)).contains(
                new ReplayArithmetic.Window(TODAY, TODAY));
        assertThat(ReplayArithmetic.window(version("2026-12-02", null), TODAY)).isEmpty();
    }

    @Test
    void aVersionEndingMidPeriodOwesOnlyTheMonthsEndingWithinIt() {
        Determination d = monthly("2024-01-01", "2026-12-31");
        // ends 15 June: January to May are owed, June (its last day after the end) is not
        var window = ReplayArithmetic.window(version("2024-01-01", "2024-06-15"), TODAY).orElseThrow();
        assertThat(ReplayArithmetic.owedInMonths(d, window).yuan()).isEqualByComparingTo("5000.00");
        // ends on a month's last day: that month is owed
        var june = ReplayArithmetic.window(version("2024-01-01", "2024-06-30"), TODAY).orElseThrow();
        assertThat(ReplayArithmetic.owedInMonths(d, june).yuan()).isEqualByComparingTo("6000.00");
        // open: up to the last month ended by today (December 2026 has not ended)
        var open = ReplayArithmetic.window(version("2026-01-15", null), TODAY).orElseThrow();
        assertThat(ReplayArithmetic.owedInMonths(d, open).yuan()).isEqualByComparingTo("11000.00");
        // months outside the child's period are not owed
        assertThat(ReplayArithmetic.owedInMonths(monthly("2024-03-10", "2024-04-30"), window).yuan())
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void totalsSplitEachLineByThePayersRatioWithTheOddFenToTheLargerRemainder() {
        UUID family = UUID.randomUUID();
        List<ReplayLine> lines = List.of(
                new ReplayLine(family, UUID.randomUUID(), null, yuan("0.00"), yuan("0.05")),
                new ReplayLine(family, UUID.randomUUID(), null, yuan("1.00"), yuan("0.99")),
                line("100.00", "200.01"));
        ReplayArithmetic.Totals totals = ReplayArithmetic.totals(lines, TWO_EIGHT);
        assertThat(totals.families()).isEqualTo(2);
        assertThat(totals.paid().yuan()).isEqualByComparingTo("101.00");
        assertThat(totals.owed().yuan()).isEqualByComparingTo("201.05");
        assertThat(totals.arrears().yuan()).isEqualByComparingTo("100.06");
        assertThat(totals.overpayments().yuan()).isEqualByComparingTo("0.01");
        // 0.05 → 0.01 + 0.04; 100.01 → 20.00 + 80.01 (the odd fen to the larger remainder); 0.01 → 0.00 + 0.01
        assertThat(totals.payers()).containsExactly(
                new ReplayArithmetic.PayerTotal("LONGYAN", yuan("20.01"), yuan("0.00")),
                new ReplayArithmetic.PayerTotal("ZHANGPING", yuan("80.05"), yuan("0.01")));
        Fen sum = totals.payers().stream().map(ReplayArithmetic.PayerTotal::arrears).reduce(Fen.ZERO, Fen::plus);
        assertThat(sum).isEqualTo(totals.arrears());
    }

    @Test
    void aPolicyWithoutPayersHasMoneyTotalsAndNoPayerLines() {
        ReplayArithmetic.Totals totals = ReplayArithmetic.totals(List.of(line("1.00", "2.00")), CostSplit.NONE);
        assertThat(totals.arrears().yuan()).isEqualByComparingTo("1.00");
        assertThat(totals.payers()).isEmpty();
        assertThat(ReplayArithmetic.totals(List.of(), TWO_EIGHT).payers()).extracting(ReplayArithmetic.PayerTotal::arrears)
                .containsExactly(Fen.ZERO, Fen.ZERO);
    }
}
