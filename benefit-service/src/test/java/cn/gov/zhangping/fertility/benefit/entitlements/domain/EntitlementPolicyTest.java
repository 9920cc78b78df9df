package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EntitlementPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static List<Entitlement> entitle(String born, int order, boolean specialFamily) {
        return entitle(born, order, specialFamily, TestRules.seeded());
    }

    private static List<Entitlement> entitle(String born, int order, boolean specialFamily, List<EntitlementRule> rules) {
        return EntitlementPolicy.entitlementsFor(
                new Birth(UUID.randomUUID(), LocalDate.parse(born), order, specialFamily), rules, NOW);
    }

    private static Entitlement only(List<Entitlement> all, EntitlementCode code, Beneficiary who) {
        List<Entitlement> matching = all.stream().filter(e -> e.code == code && e.beneficiary == who).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @Test
    void eachParentGetsTenDaysAYearUntilTheChildTurnsThree() {
        List<Entitlement> all = entitle("2025-05-20", 1, false);
        for (Beneficiary parent : List.of(Beneficiary.MOTHER, Beneficiary.FATHER)) {
            Entitlement leave = only(all, EntitlementCode.PARENTAL_LEAVE, parent);
            assertThat(leave.quantity).isEqualTo(10);
            assertThat(leave.unit).isEqualTo(EntitlementUnit.DAYS_PER_YEAR);
            assertThat(leave.percent).isNull();
            assertThat(leave.validFrom).isEqualTo(LocalDate.parse("2025-05-20"));
            assertThat(leave.validUntil).isEqualTo(LocalDate.parse("2028-05-19"));
            assertThat(leave.status).isEqualTo(EntitlementStatus.ELIGIBLE);
            assertThat(leave.rule.source).isEqualTo("漳政办规〔2023〕2号 二(四)11");
        }
    }

    @Test
    void theChildGetsFreeNutritionPacksFromSixToTwentyFourMonths() {
        Entitlement pack = only(entitle("2025-05-20", 1, false), EntitlementCode.NUTRITION_PACK, Beneficiary.CHILD);
        assertThat(pack.percent).isEqualByComparingTo("100");
        assertThat(pack.quantity).isNull();
        assertThat(pack.validFrom).isEqualTo(LocalDate.parse("2025-11-20"));
        assertThat(pack.validUntil).isEqualTo(LocalDate.parse("2027-05-19"));
        assertThat(pack.rule.source).isEqualTo("漳政办规〔2023〕2号 二(二)6");
    }

    @Test
    void firstAndSecondChildrenGetNoChildcareFeeReduction() {
        for (int order : new int[] {1, 2}) {
            List<Entitlement> all = entitle("2025-05-20", order, false);
            assertThat(all).extracting(e -> e.code, e -> e.beneficiary).containsExactly(
                    tuple(EntitlementCode.PARENTAL_LEAVE, Beneficiary.MOTHER),
                    tuple(EntitlementCode.PARENTAL_LEAVE, Beneficiary.FATHER),
                    tuple(EntitlementCode.NUTRITION_PACK, Beneficiary.CHILD));
        }
    }

    @Test
    void aThirdChildGetsHalfTheChildcareFeeWaivedUntilThree() {
        List<Entitlement> all = entitle("2025-05-20", 3, false);
        assertThat(all).hasSize(4);
        Entitlement fee = only(all, EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD);
        assertThat(fee.percent).isEqualByComparingTo("50");
        assertThat(fee.status).isEqualTo(EntitlementStatus.ELIGIBLE);
        assertThat(fee.validFrom).isEqualTo(LocalDate.parse("2025-05-20"));
        assertThat(fee.validUntil).isEqualTo(LocalDate.parse("2028-05-19"));
        assertThat(fee.rule.code).isEqualTo("CHILDCARE_FEE_THIRD_CHILD_2023");
        assertThat(fee.rule.costShares).extracting(s -> s.payer, s -> s.parts).containsExactly(
                tuple("LONGYAN_PREFECTURE_FINANCE", 2), tuple("ZHANGPING_CITY_FINANCE", 8));
        assertThat(fee.rule.costShares.get(0).percentOf(fee.rule.costShares)).isEqualByComparingTo("20.00");
        assertThat(fee.rule.costShares.get(1).percentOf(fee.rule.costShares)).isEqualByComparingTo("80.00");
    }

    @Test
    void aFourthChildIsAlsoAThirdOrLaterChild() {
        Entitlement fee = only(entitle("2025-05-20", 4, false), EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD);
        assertThat(fee.percent).isEqualByComparingTo("50");
    }

    @Test
    void aChildOfASpecialFamilyGetsTheWholeFeeWaivedWhateverItsBirthOrder() {
        for (int order : new int[] {1, 2}) {
            Entitlement fee = only(entitle("2025-05-20", order, true), EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD);
            assertThat(fee.percent).isEqualByComparingTo("100");
            assertThat(fee.rule.code).isEqualTo("CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        }
    }

    @Test
    void aThirdChildOfASpecialFamilyGetsOneFullWaiverNotTwoReductions() {
        List<Entitlement> all = entitle("2025-05-20", 3, true);
        assertThat(all).hasSize(4);
        Entitlement fee = only(all, EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD);
        assertThat(fee.percent).isEqualByComparingTo("100");
        // the rule order in the catalogue does not matter
        List<EntitlementRule> reversedRules = new ArrayList<>(TestRules.seeded());
        Collections.reverse(reversedRules);
        Entitlement reversed = only(entitle("2025-05-20", 3, true, reversedRules),
                EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD);
        assertThat(reversed.percent).isEqualByComparingTo("100");
    }

    @Test
    void aChildBornOn29FebruaryTurnsThreeOn1March() {
        List<Entitlement> all = entitle("2024-02-29", 3, false);
        assertThat(only(all, EntitlementCode.PARENTAL_LEAVE, Beneficiary.MOTHER).validUntil).isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(only(all, EntitlementCode.CHILDCARE_FEE_REDUCTION, Beneficiary.CHILD).validUntil).isEqualTo(LocalDate.parse("2027-02-28"));
        Entitlement pack = only(all, EntitlementCode.NUTRITION_PACK, Beneficiary.CHILD);
        assertThat(pack.validFrom).isEqualTo(LocalDate.parse("2024-08-29"));
        // 24 months: 29 February 2026 does not exist, so the child is 2 on 1 March 2026
        assertThat(pack.validUntil).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void aChildBornAtTheEndOfAMonthReachesSixMonthsOnTheFirstOfTheNextMonthWhenTheDayIsMissing() {
        Entitlement pack = only(entitle("2024-08-31", 1, false), EntitlementCode.NUTRITION_PACK, Beneficiary.CHILD);
        assertThat(pack.validFrom).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(pack.validUntil).isEqualTo(LocalDate.parse("2026-08-30"));
    }

    @Test
    void aChildBornOnNewYearsEveHasItsLeaveUntilTheDayBeforeItsThirdBirthday() {
        Entitlement leave = only(entitle("2025-12-31", 1, false), EntitlementCode.PARENTAL_LEAVE, Beneficiary.FATHER);
        assertThat(leave.validFrom).isEqualTo(LocalDate.parse("2025-12-31"));
        assertThat(leave.validUntil).isEqualTo(LocalDate.parse("2028-12-30"));
    }

    @Test
    void theRulesApplyToChildrenBornFromThePlansIssueDate() {
        assertThat(entitle("2023-04-09", 3, true)).isEmpty();
        assertThat(entitle("2023-04-10", 3, true)).hasSize(4);
    }

    @Test
    void openRulesStayInForceAfterThePlansNominalEnd() {
        assertThat(entitle("2025-12-31", 3, false)).hasSize(4);
        assertThat(entitle("2026-01-01", 3, false)).hasSize(4);
        assertThat(entitle("2031-06-01", 3, false)).hasSize(4);
    }

    @Test
    void aClosedRuleCoversBirthsUpToAndIncludingItsLastDay() {
        List<EntitlementRule> closed = List.of(
                TestRules.leave("PARENTAL_LEAVE_MOTHER_2023", Beneficiary.MOTHER, 10, TestRules.PLAN_ISSUED, LocalDate.parse("2025-12-31")));
        assertThat(entitle("2025-12-31", 1, false, closed)).hasSize(1);
        assertThat(entitle("2026-01-01", 1, false, closed)).isEmpty();
    }

    @Test
    void aReplacedRuleGrantsItsTermsToBirthsInItsPeriodAndTheNewRuleToLaterOnes() {
        List<EntitlementRule> versions = List.of(
                TestRules.leave("PARENTAL_LEAVE_MOTHER_2023", Beneficiary.MOTHER, 10, TestRules.PLAN_ISSUED, LocalDate.parse("2026-06-30")),
                TestRules.leave("PARENTAL_LEAVE_MOTHER_2026", Beneficiary.MOTHER, 15, LocalDate.parse("2026-07-01"), null));
        Entitlement before = only(entitle("2026-06-30", 1, false, versions), EntitlementCode.PARENTAL_LEAVE, Beneficiary.MOTHER);
        Entitlement after = only(entitle("2026-07-01", 1, false, versions), EntitlementCode.PARENTAL_LEAVE, Beneficiary.MOTHER);
        assertThat(before.quantity).isEqualTo(10);
        assertThat(before.rule.code).isEqualTo("PARENTAL_LEAVE_MOTHER_2023");
        assertThat(after.quantity).isEqualTo(15);
        assertThat(after.rule.code).isEqualTo("PARENTAL_LEAVE_MOTHER_2026");
    }

    @Test
    void overlappingVersionsGrantTheMoreFavourableOneOnce() {
        List<EntitlementRule> versions = List.of(
                TestRules.leave("PARENTAL_LEAVE_MOTHER_2023", Beneficiary.MOTHER, 10, TestRules.PLAN_ISSUED, null),
                TestRules.leave("PARENTAL_LEAVE_MOTHER_2026", Beneficiary.MOTHER, 15, LocalDate.parse("2026-07-01"), null));
        List<Entitlement> all = entitle("2026-08-01", 1, false, versions);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).quantity).isEqualTo(15);
    }

    @Test
    void everyEntitlementCarriesTheBirthAndAFreshId() {
        UUID registration = UUID.randomUUID();
        List<Entitlement> all = EntitlementPolicy.entitlementsFor(
                new Birth(registration, LocalDate.parse("2025-05-20"), 3, false), TestRules.seeded(), NOW);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.birthRegistrationId).isEqualTo(registration);
            assertThat(e.recordedAt).isEqualTo(NOW);
        });
        assertThat(all).extracting(e -> e.id).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void costSharesRoundHalfUp() {
        List<CostShare> thirds = List.of(new CostShare("A", "a", 1), new CostShare("B", "b", 2));
        assertThat(thirds.get(0).percentOf(thirds)).isEqualTo(new BigDecimal("33.33"));
        assertThat(thirds.get(1).percentOf(thirds)).isEqualTo(new BigDecimal("66.67"));
    }
}
