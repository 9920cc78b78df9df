package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zhangping.fertility.benefit.policy.persistence.CatalogueFile;
import org.junit.jupiter.api.Test;

/** The catalogue as published ({@code policies/catalogue.json}) applied to children at the edges of its periods. */
class EntitlingTest {

    private static final Map<PolicyCode, CatalogueFile.Entry> CATALOGUE = CatalogueFile.read().stream()
            .collect(Collectors.toMap(e -> e.policy().code(), Function.identity()));

    @Test
    void theCatalogueHasEveryBenefitOnce() {
        assertThat(CATALOGUE.keySet()).containsExactlyInAnyOrder(PolicyCode.values());
    }

    @Test
    void aChildBornAfterThePlanGetsNoPlanBenefitButKeepsTheProvincialAndNationalOnes() {
        ChildFacts third = child("2026-03-10", false, 3);
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        assertThat(decide(PolicyCode.NUTRITION_PACK, third, asOf))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.POLICY_PERIOD_ENDED));
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, third, asOf))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.POLICY_PERIOD_ENDED));
        assertThat(decide(PolicyCode.HOME_PURCHASE_SUBSIDY, third, asOf))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.POLICY_PERIOD_ENDED));
        assertThat(decide(PolicyCode.PARENTAL_LEAVE, third, asOf))
                .isEqualTo(state(EntitlementState.ACTIVE, DeterminationReason.IN_PERIOD));
        assertThat(decide(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, third, asOf))
                .isEqualTo(state(EntitlementState.ACTIVE, DeterminationReason.IN_PERIOD));
    }

    @Test
    void aChildBornBeforeThePlanHasWhatFallsWithinThePlansPeriod() {
        // under 3 until 2024-05-31, the plan in force from 2023-04-10
        ChildFacts third = child("2021-06-01", false, 3);
        Determination d = determine(PolicyCode.CHILDCARE_FEE_REDUCTION, third, LocalDate.of(2023, 6, 1));
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(d.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2023, 4, 10));
            assertThat(p.to()).isEqualTo(LocalDate.of(2024, 5, 31));
            assertThat(p.tier().percent()).isEqualByComparingTo("50");
        });
        assertThat(d.nextMilestone()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, third, LocalDate.of(2024, 6, 1)))
                .isEqualTo(state(EntitlementState.ENDED, DeterminationReason.PERIOD_OVER));
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, child("2020-01-01", false, 3), LocalDate.of(2023, 6, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.BEFORE_POLICY_PERIOD));
    }

    @Test
    void theLastDayOfThePlanCounts() {
        // 6 months old on 2025-12-30: two days of nutrition packs under the plan; a child 6 months old a day after
        // the plan's end has none
        assertThat(determine(PolicyCode.NUTRITION_PACK, child("2025-06-30", false, 1), LocalDate.of(2025, 12, 31)).periods())
                .singleElement().satisfies(p -> {
                    assertThat(p.from()).isEqualTo(LocalDate.of(2025, 12, 30));
                    assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
                });
        assertThat(decide(PolicyCode.NUTRITION_PACK, child("2025-07-01", false, 1), LocalDate.of(2026, 1, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.POLICY_PERIOD_ENDED));
        assertThat(determine(PolicyCode.NUTRITION_PACK, child("2025-06-30", false, 1), LocalDate.of(2025, 12, 29)))
                .satisfies(d -> {
                    assertThat(d.state()).isEqualTo(EntitlementState.UPCOMING);
                    assertThat(d.nextMilestone()).isEqualTo(LocalDate.of(2025, 12, 30));
                });
    }

    @Test
    void theMostFavourableLineApplies() {
        assertThat(determine(PolicyCode.CHILDCARE_FEE_REDUCTION, new ChildFacts(LocalDate.of(2024, 5, 1), false, 3, true, false),
                LocalDate.of(2024, 6, 1)).periods().get(0).tier().percent()).isEqualByComparingTo("100");
        assertThat(determine(PolicyCode.CHILDCARE_FEE_REDUCTION, new ChildFacts(LocalDate.of(2024, 5, 1), false, 1, true, false),
                LocalDate.of(2024, 6, 1)).periods().get(0).tier().percent()).isEqualByComparingTo("100");
        assertThat(determine(PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT, child("2024-05-01", false, 2), LocalDate.of(2024, 6, 1))
                .periods().get(0).tier().amount().yuan()).isEqualByComparingTo("800");
        assertThat(determine(PolicyCode.HPF_RENT_WITHDRAWAL_LIMIT, child("2024-05-01", false, 4), LocalDate.of(2024, 6, 1))
                .periods().get(0).tier().amount().yuan()).isEqualByComparingTo("1000");
        assertThat(decide(PolicyCode.HPF_LOAN_CEILING_INCREASE, child("2024-05-01", false, 1), LocalDate.of(2024, 6, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.CONDITION_NOT_MET));
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, child("2024-05-01", false, 2), LocalDate.of(2024, 6, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.CONDITION_NOT_MET));
    }

    @Test
    void hpvVaccinationIsForGirlsFrom13To14AndAHalf() {
        ChildFacts girl = child("2010-06-01", true, 1);
        Determination d = determine(PolicyCode.HPV_VACCINATION, girl, LocalDate.of(2024, 1, 1));
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(d.periods().get(0).from()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(d.periods().get(0).to()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(decide(PolicyCode.HPV_VACCINATION, child("2010-06-01", false, 1), LocalDate.of(2024, 1, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.GIRLS_ONLY));
        // 13 on 2025-12-01: a month of the plan is left
        assertThat(decide(PolicyCode.HPV_VACCINATION, child("2012-12-01", true, 1), LocalDate.of(2025, 12, 15)))
                .isEqualTo(state(EntitlementState.ACTIVE, DeterminationReason.IN_PERIOD));
        assertThat(decide(PolicyCode.HPV_VACCINATION, child("2012-12-01", true, 1), LocalDate.of(2026, 1, 1)))
                .isEqualTo(state(EntitlementState.ENDED, DeterminationReason.PERIOD_OVER));
    }

    @Test
    void aRegistrationUnderReviewHoldsWhatDependsOnBirthOrderOnly() {
        ChildFacts doubtful = new ChildFacts(LocalDate.of(2024, 5, 1), false, 3, false, true);
        LocalDate asOf = LocalDate.of(2024, 12, 1);
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, doubtful, asOf))
                .isEqualTo(state(EntitlementState.HELD, DeterminationReason.REVIEW_PENDING));
        assertThat(decide(PolicyCode.HOME_PURCHASE_SUBSIDY, doubtful, asOf))
                .isEqualTo(state(EntitlementState.HELD, DeterminationReason.REVIEW_PENDING));
        assertThat(decide(PolicyCode.NUTRITION_PACK, doubtful, asOf))
                .isEqualTo(state(EntitlementState.ACTIVE, DeterminationReason.IN_PERIOD));
        // a second child under review is held too: the review may find it is the third
        assertThat(decide(PolicyCode.CHILDCARE_FEE_REDUCTION, new ChildFacts(LocalDate.of(2024, 5, 1), false, 2, false, true), asOf))
                .isEqualTo(state(EntitlementState.HELD, DeterminationReason.REVIEW_PENDING));
    }

    @Test
    void theNationalSubsidyCountsTheMonthsFrom2025() {
        // born 2022-08-15: 3 on 2025-08-15, so January to July 2025
        Determination before = determine(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, child("2022-08-15", false, 1),
                LocalDate.of(2025, 3, 1));
        assertThat(before.periods()).singleElement().satisfies(p -> assertThat(p.months()).isEqualTo(7));
        assertThat(before.totalAmount().yuan()).isEqualByComparingTo("2100.00");
        assertThat(determine(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, child("2025-03-15", false, 1), LocalDate.of(2025, 3, 15))
                .totalAmount().yuan()).isEqualByComparingTo("10800.00");
        // born 29 February 2024: its 36 months are February 2024 to January 2027, of which January 2025 on are due
        assertThat(determine(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, child("2024-02-29", false, 1), LocalDate.of(2025, 3, 1))
                .totalAmount().yuan()).isEqualByComparingTo("7500.00");
        // born 29 February 2028: February 2028 to February 2031 would be 37 months; 36 are due (3 years of 3,600)
        assertThat(determine(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, child("2028-02-29", false, 1), LocalDate.of(2028, 3, 1))
                .totalAmount().yuan()).isEqualByComparingTo("10800.00");
        assertThat(decide(PolicyCode.NATIONAL_CHILDCARE_SUBSIDY, child("2021-12-31", false, 1), LocalDate.of(2025, 3, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.BEFORE_POLICY_PERIOD));
    }

    @Test
    void theTaxDeductionFollowsEachYearsStandard() {
        // born 2021-06-10, under 3 until 2024-06-09: 12 months of 2022 at 1,000 and January 2023 to May 2024 at 2,000
        Determination d = determine(PolicyCode.CHILD_CARE_TAX_DEDUCTION, child("2021-06-10", false, 1), LocalDate.of(2023, 1, 1));
        assertThat(d.periods()).extracting(Determination.Period::version, Determination.Period::months)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 12), org.assertj.core.groups.Tuple.tuple(2, 17));
        assertThat(d.totalAmount().yuan()).isEqualByComparingTo("46000.00");
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
    }

    @Test
    void householdSchemesAreNotDecidedByABirth() {
        assertThat(decide(PolicyCode.SPECIAL_FAMILY_ASSISTANCE, child("2024-05-01", false, 1), LocalDate.of(2024, 6, 1)))
                .isEqualTo(state(EntitlementState.NOT_ELIGIBLE, DeterminationReason.DECIDED_BY_HOUSEHOLD_REVIEW));
    }

    @Test
    void aNewerVersionCoversChildrenAfterThePlan() {
        CatalogueFile.Entry home = CATALOGUE.get(PolicyCode.HOME_PURCHASE_SUBSIDY);
        Timeline extended = home.timeline().with(new PolicyVersion(PolicyCode.HOME_PURCHASE_SUBSIDY, 2,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, false,
                java.util.List.of(new Tier(3, null, Fen.ofYuan(30000), null, null)), "extension"));
        Determination d = Entitling.determine(home.policy(), extended, child("2026-03-10", false, 3), LocalDate.of(2026, 6, 1));
        assertThat(d.state()).isEqualTo(EntitlementState.ACTIVE);
        assertThat(d.periods()).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.tier().amount().yuan()).isEqualByComparingTo("30000");
        });
    }

    private static Determination determine(PolicyCode code, ChildFacts child, LocalDate asOf) {
        CatalogueFile.Entry e = CATALOGUE.get(code);
        return Entitling.determine(e.policy(), e.timeline(), child, asOf);
    }

    private static String decide(PolicyCode code, ChildFacts child, LocalDate asOf) {
        Determination d = determine(code, child, asOf);
        return state(d.state(), d.reason());
    }

    private static String state(EntitlementState state, DeterminationReason reason) {
        return state + " " + reason;
    }

    private static ChildFacts child(String birthDate, boolean female, int birthOrder) {
        return new ChildFacts(LocalDate.parse(birthDate), female, birthOrder, false, false);
    }
}
