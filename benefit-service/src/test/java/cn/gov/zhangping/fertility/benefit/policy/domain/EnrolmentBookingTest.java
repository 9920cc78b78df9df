package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.persistence.CatalogueFile;
import org.junit.jupiter.api.Test;

/** The childcare fee reduction booked from enrolments, with the catalogue as shipped (plan 2023-04-10 to 2025-12-31). */
class EnrolmentBookingTest {

    private static final CatalogueFile.Entry FEE = CatalogueFile.read().stream()
            .filter(e -> e.policy().code() == PolicyCode.CHILDCARE_FEE_REDUCTION).findFirst().orElseThrow();

    private static ChildFacts third() {
        return new ChildFacts(LocalDate.of(2024, 5, 1), false, 3, false, false);
    }

    private static Enrolled enrolled(String fee, String start, String end, boolean ended) {
        return new Enrolled(UUID.randomUUID(), true, ended, Fen.ofYuan(new java.math.BigDecimal(fee)),
                LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private static Determination book(ChildFacts child, List<Enrolled> enrolments, String asOf) {
        LocalDate day = LocalDate.parse(asOf);
        return EnrolmentBooking.book(Entitling.determine(FEE.policy(), FEE.timeline(), child, day), enrolments, day);
    }

    @Test
    void anOpenEnrolmentIsBookedMonthByMonthToTheEndOfThePlan() {
        Determination d = book(third(), List.of(enrolled("1200.01", "2025-03-01", null, false)), "2025-06-01");
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(d.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(p.months()).isEqualTo(10);
            // the family pays 600.005 → 600.01 (half up, as the nursery rounds); the reduction is the rest
            assertThat(p.monthly()).isEqualTo(new Fen(60000));
            assertThat(p.amount()).isEqualTo(new Fen(600000));
        });
        assertThat(d.nextMilestone()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(book(third(), List.of(enrolled("1200.01", "2025-03-01", null, false)), "2026-01-01").reason())
                .isEqualTo(DeterminationReason.PERIOD_OVER);
        assertThat(book(third(), List.of(enrolled("1200.00", "2025-03-01", null, false)), "2025-02-28").state())
                .isEqualTo(EntitlementState.UPCOMING);
    }

    @Test
    void anEnrolmentThatEndsEndsTheReductionAndOnlyMonthsWhoseLastDayIsAttendedAreDue() {
        Determination d = book(third(), List.of(enrolled("1000.00", "2025-03-15", "2025-04-30", true)), "2025-05-01");
        assertThat(d.state()).isEqualTo(EntitlementState.ENDED);
        assertThat(d.reason()).isEqualTo(DeterminationReason.ENROLMENT_ENDED);
        assertThat(d.periods()).singleElement().satisfies(p -> assertThat(p.months()).isEqualTo(2));
        assertThat(d.totalAmount()).isEqualTo(Fen.ofYuan(1000));
        // withdrawn the day before April's last: March only
        assertThat(book(third(), List.of(enrolled("1000.00", "2025-03-15", "2025-04-29", true)), "2025-05-01")
                .totalAmount()).isEqualTo(Fen.ofYuan(500));
        // still attending on the last day of the enrolment's period
        assertThat(book(third(), List.of(enrolled("1000.00", "2025-03-15", "2025-04-30", true)), "2025-04-30").state())
                .isEqualTo(EntitlementState.ACTIVE);
    }

    @Test
    void aSpecialFamilysChildHasTheWholeFeeAndTwoEnrolmentsAreBookedApart() {
        ChildFacts special = new ChildFacts(LocalDate.of(2024, 5, 1), true, 1, true, false);
        Determination d = book(special, List.of(enrolled("800.00", "2025-06-01", null, false),
                enrolled("900.00", "2025-01-01", "2025-05-31", true)), "2025-07-01");
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(d.periods()).extracting(Determination.Period::monthly).containsExactly(Fen.ofYuan(900), Fen.ofYuan(800));
        assertThat(d.totalAmount()).isEqualTo(Fen.ofYuan(900 * 5 + 800 * 7));
    }

    @Test
    void noEntitlementNoPublicInclusiveNurseryOrNoMonthInThePeriodBooksNothing() {
        ChildFacts second = new ChildFacts(LocalDate.of(2024, 5, 1), false, 2, false, false);
        assertThat(book(second, List.of(enrolled("1000.00", "2025-03-01", null, false)), "2025-06-01").reason())
                .isEqualTo(DeterminationReason.CONDITION_NOT_MET);
        Enrolled privateNursery = new Enrolled(UUID.randomUUID(), false, false, Fen.ofYuan(1000), LocalDate.of(2025, 3, 1), null);
        Determination atPrivate = book(third(), List.of(privateNursery), "2025-06-01");
        assertThat(atPrivate.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(atPrivate.periods()).allSatisfy(p -> assertThat(p.amount()).isNull());
        Determination after = book(third(), List.of(enrolled("1000.00", "2026-01-01", null, false)), "2026-02-01");
        assertThat(after.state()).isEqualTo(EntitlementState.NOT_ELIGIBLE);
        assertThat(after.reason()).isEqualTo(DeterminationReason.NOT_ENROLLED_IN_PERIOD);
        // enrolled and withdrawn within one month: no month's last day attended
        assertThat(book(third(), List.of(enrolled("1000.00", "2025-03-02", "2025-03-30", true)), "2025-06-01").reason())
                .isEqualTo(DeterminationReason.NOT_ENROLLED_IN_PERIOD);
    }

    @Test
    void theMonthlyReductionIsSplitTwoToEightWithTheOddFenToTheLargestRemainder() {
        Determination d = book(third(), List.of(enrolled("1200.06", "2025-03-01", null, false)), "2025-06-01");
        Fen monthly = d.periods().get(0).monthly();
        assertThat(monthly).isEqualTo(new Fen(60003));
        assertThat(FEE.policy().payers().split(monthly)).containsExactly(
                new CostSplit.Part("LONGYAN_PREFECTURE_FINANCE", new Fen(12001)),
                new CostSplit.Part("ZHANGPING_CITY_FINANCE", new Fen(48002)));
    }
}
