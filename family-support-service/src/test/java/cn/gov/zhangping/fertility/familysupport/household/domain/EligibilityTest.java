package cn.gov.zhangping.fertility.familysupport.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import cn.gov.zhangping.fertility.familysupport.household.leave.domain.NursingLeaveRule;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.RecipientChange;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.RunningReview;
import org.junit.jupiter.api.Test;

/** The edges of the yearly review's eligibility, the recipient list and the nursing-leave rule. */
class EligibilityTest {

    static final HouseholdRules RULES = new HouseholdRules(60, 49, 3, 10, 60);

    static Eligibility.Share share(int year, String born, String died, String ended, Eligibility.End why) {
        return Eligibility.share(year, LocalDate.parse(born), 60, died == null ? null : LocalDate.parse(died),
                ended == null ? null : LocalDate.parse(ended), why);
    }

    @Test
    void theSixtiethBirthdayAcrossAYearEndDecidesTheFirstYear() {
        assertThat(Eligibility.firstYear(LocalDate.of(1965, 12, 31), 60)).isEqualTo(2025);
        assertThat(Eligibility.firstYear(LocalDate.of(1966, 1, 1), 60)).isEqualTo(2026);
        assertThat(share(2025, "1966-01-01", null, null, null).eligible()).isFalse();
        assertThat(share(2026, "1966-01-01", null, null, null)).isEqualTo(new Eligibility.Share(12, Optional.empty(), true));
        // the whole first year is due, even for a birthday on 31 December
        assertThat(share(2025, "1965-12-31", null, null, null).months()).isEqualTo(12);
        assertThat(share(2026, "1965-12-31", null, null, null)).isEqualTo(new Eligibility.Share(12, Optional.empty(), false));
    }

    @Test
    void aParentBornOn29FebruaryTurnsSixtyInTheBirthdaysYear() {
        assertThat(Eligibility.firstYear(LocalDate.of(1964, 2, 29), 60)).isEqualTo(2024);
        // 2100 is a common year: the birthday falls on 1 March, the same year
        assertThat(Eligibility.firstYear(LocalDate.of(2040, 2, 29), 60)).isEqualTo(2100);
        assertThat(share(2023, "1964-02-29", null, null, null).eligible()).isFalse();
        assertThat(share(2024, "1964-02-29", null, null, null).firstYear()).isTrue();
    }

    @Test
    void deathInTheReviewYearEndsEligibilityTheMonthAfter() {
        Eligibility.Share march = share(2026, "1950-05-01", "2026-03-14", null, null);
        assertThat(march).isEqualTo(new Eligibility.Share(3, Optional.of(Eligibility.End.DECEASED), false));
        assertThat(Eligibility.due(new BigDecimal("1080.00"), march.months())).isEqualByComparingTo("270.00");
        assertThat(share(2026, "1950-05-01", "2026-01-01", null, null).months()).isEqualTo(1);
        assertThat(share(2026, "1950-05-01", "2026-12-31", null, null).months()).isEqualTo(12);
        // died in December of the year before: nothing is due, the recipient is listed as ended
        Eligibility.Share before = share(2026, "1950-05-01", "2025-12-20", null, null);
        assertThat(before.eligible()).isFalse();
        assertThat(RunningReview.listing(before, true)).contains(new RunningReview.Listing(RecipientChange.ENDED, "DECEASED", 0));
        assertThat(RunningReview.listing(before, false)).isEmpty();
    }

    @Test
    void movingAwayMidYearEndsItTheMonthAfterAndTheEarlierEndWins() {
        Eligibility.Share july = share(2026, "1950-05-01", null, "2026-07-20", Eligibility.End.MOVED_AWAY);
        assertThat(july.months()).isEqualTo(7);
        assertThat(RunningReview.listing(july, true)).contains(new RunningReview.Listing(RecipientChange.ENDED, "MOVED_AWAY", 7));
        assertThat(share(2026, "1950-05-01", "2026-09-01", "2026-07-20", Eligibility.End.MOVED_AWAY).end())
                .contains(Eligibility.End.MOVED_AWAY);
        assertThat(share(2026, "1950-05-01", "2026-02-01", "2026-07-20", Eligibility.End.MOVED_AWAY).end())
                .contains(Eligibility.End.DECEASED);
    }

    @Test
    void aSpecialFamilysRebirthEndsItTheMonthAfterTheBirth() {
        Eligibility.Share share = Eligibility.share(2026, LocalDate.of(1975, 6, 1), 49, null, LocalDate.of(2026, 4, 2),
                Eligibility.End.REBIRTH);
        assertThat(share).isEqualTo(new Eligibility.Share(4, Optional.of(Eligibility.End.REBIRTH), false));
        assertThat(RunningReview.listing(share, false)).contains(new RunningReview.Listing(RecipientChange.ENDED, "REBIRTH", 4));
    }

    @Test
    void newAndContinuingRecipientsAndTheirReasons() {
        assertThat(RunningReview.listing(share(2026, "1966-01-01", null, null, null), false))
                .contains(new RunningReview.Listing(RecipientChange.NEW, "REACHED_AGE", 12));
        assertThat(RunningReview.listing(share(2026, "1950-01-01", null, null, null), false))
                .contains(new RunningReview.Listing(RecipientChange.NEW, "ENROLLED", 12));
        assertThat(RunningReview.listing(share(2026, "1950-01-01", null, null, null), true))
                .contains(new RunningReview.Listing(RecipientChange.CONTINUING, "STILL_ELIGIBLE", 12));
        assertThat(RunningReview.listing(share(2026, "1970-01-01", null, null, null), true))
                .contains(new RunningReview.Listing(RecipientChange.ENDED, "NOT_ELIGIBLE", 0));
    }

    @Test
    void amountsAreRoundedHalfUpToTheFen() {
        assertThat(Eligibility.due(new BigDecimal("1000.00"), 1)).isEqualByComparingTo("83.33");
        assertThat(Eligibility.due(new BigDecimal("1000.00"), 5)).isEqualByComparingTo("416.67");
        assertThat(Eligibility.due(new BigDecimal("1000.00"), 0)).isEqualByComparingTo("0.00");
        assertThat(Eligibility.due(new BigDecimal("1000.00"), 12)).isEqualByComparingTo("1000.00");
    }

    static NewMember member(MemberRole role, Sex sex, HukouType hukou, LocalDate died, Integer grade) {
        return new NewMember(role, "x" + role + sex, sex, LocalDate.of(1990, 1, 1), hukou, died, grade);
    }

    @Test
    void theMembersMustFitTheBasis() {
        NewMember mother = member(MemberRole.MOTHER, Sex.FEMALE, HukouType.RURAL, null, null);
        NewMember daughter = member(MemberRole.CHILD, Sex.FEMALE, HukouType.RURAL, null, null);
        NewMember son = member(MemberRole.CHILD, Sex.MALE, HukouType.RURAL, null, null);
        assertThat(BasisRules.broken(Basis.ONLY_CHILD, List.of(mother, son), RULES)).isEmpty();
        assertThat(BasisRules.broken(Basis.ONLY_CHILD, List.of(mother, son, daughter), RULES)).hasSize(1);
        assertThat(BasisRules.broken(Basis.ONLY_CHILD, List.of(son), RULES)).hasSize(1);
        assertThat(BasisRules.broken(Basis.RURAL_TWO_DAUGHTERS, List.of(mother, daughter, daughter), RULES)).isEmpty();
        assertThat(BasisRules.broken(Basis.RURAL_TWO_DAUGHTERS, List.of(mother, daughter, son), RULES)).hasSize(1);
        assertThat(BasisRules.broken(Basis.RURAL_TWO_DAUGHTERS, List.of(member(MemberRole.MOTHER, Sex.FEMALE,
                HukouType.URBAN, null, null), daughter, daughter), RULES)).hasSize(1);
        assertThat(BasisRules.broken(Basis.CHILD_DECEASED, List.of(mother, member(MemberRole.CHILD, Sex.MALE,
                HukouType.RURAL, LocalDate.of(2015, 6, 1), null)), RULES)).isEmpty();
        assertThat(BasisRules.broken(Basis.CHILD_DECEASED, List.of(mother, son), RULES)).hasSize(1);
        assertThat(BasisRules.broken(Basis.CHILD_DISABLED, List.of(mother, member(MemberRole.CHILD, Sex.MALE,
                HukouType.RURAL, null, 3)), RULES)).isEmpty();
        assertThat(BasisRules.broken(Basis.CHILD_DISABLED, List.of(mother, member(MemberRole.CHILD, Sex.MALE,
                HukouType.RURAL, null, 4)), RULES)).hasSize(1);
    }

    @Test
    void nursingLeaveFromTheDayTheParentTurnsSixty() {
        NursingLeaveRule.Parent leapDay = new NursingLeaveRule.Parent(LocalDate.of(1965, 2, 28).plusDays(1), null);
        List<NursingLeaveRule.Household> h = List.of(new NursingLeaveRule.Household(Basis.ONLY_CHILD, true, true,
                List.of(leapDay)));
        // born 1 March 1965 (1965 has no 29 February): 60 on 1 March 2025
        assertThat(NursingLeaveRule.decide(h, LocalDate.of(2025, 2, 28), 60)).isEqualTo(NursingLeaveRule.Reason.NO_LIVING_PARENT_OF_AGE);
        assertThat(NursingLeaveRule.decide(h, LocalDate.of(2025, 3, 1), 60)).isEqualTo(NursingLeaveRule.Reason.PARENT_AGED_60_OR_MORE);
        List<NursingLeaveRule.Household> born29 = List.of(new NursingLeaveRule.Household(Basis.ONLY_CHILD, true, true,
                List.of(new NursingLeaveRule.Parent(LocalDate.of(1964, 2, 29), null))));
        assertThat(NursingLeaveRule.decide(born29, LocalDate.of(2024, 2, 28), 60)).isEqualTo(NursingLeaveRule.Reason.NO_LIVING_PARENT_OF_AGE);
        assertThat(NursingLeaveRule.decide(born29, LocalDate.of(2024, 2, 29), 60)).isEqualTo(NursingLeaveRule.Reason.PARENT_AGED_60_OR_MORE);
        List<NursingLeaveRule.Household> twoDaughters = List.of(new NursingLeaveRule.Household(Basis.RURAL_TWO_DAUGHTERS,
                true, true, List.of(new NursingLeaveRule.Parent(LocalDate.of(1950, 1, 1), null))));
        assertThat(NursingLeaveRule.decide(twoDaughters, LocalDate.of(2026, 1, 1), 60))
                .isEqualTo(NursingLeaveRule.Reason.NOT_AN_ONLY_CHILD_OF_A_HOUSEHOLD);
        List<NursingLeaveRule.Household> deceasedParent = List.of(new NursingLeaveRule.Household(Basis.ONLY_CHILD, true,
                true, List.of(new NursingLeaveRule.Parent(LocalDate.of(1950, 1, 1), LocalDate.of(2025, 1, 1)))));
        assertThat(NursingLeaveRule.decide(deceasedParent, LocalDate.of(2026, 1, 1), 60))
                .isEqualTo(NursingLeaveRule.Reason.NO_LIVING_PARENT_OF_AGE);
    }
}
