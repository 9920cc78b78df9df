package cn.gov.zhangping.fertility.familysupport.family.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    static final ReviewRules.Bounds BOUNDS = new ReviewRules.Bounds(15, 55);
    static final LocalDate MOTHER = LocalDate.of(1990, 3, 15);

    @Test
    void nothingDoubtful() {
        assertThat(ReviewRules.findings(2, 2, MOTHER, LocalDate.of(2026, 11, 20), "m", "f", BOUNDS)).isEmpty();
        assertThat(ReviewRules.findings(1, 1, MOTHER, LocalDate.of(2026, 11, 20), "m", null, BOUNDS)).isEmpty();
    }

    @Test
    void aDeclaredOrderThatDisagreesWithTheDerivedOne() {
        assertThat(ReviewRules.findings(3, 1, MOTHER, LocalDate.of(2026, 11, 20), "m", null, BOUNDS))
                .containsExactly(Finding.BIRTH_ORDER_DISAGREES);
    }

    @Test
    void theMothersAgeAtTheBirthAtItsBounds() {
        assertThat(ReviewRules.findings(1, 1, MOTHER, MOTHER.plusYears(15), "m", null, BOUNDS)).isEmpty();
        assertThat(ReviewRules.findings(1, 1, MOTHER, MOTHER.plusYears(15).minusDays(1), "m", null, BOUNDS))
                .containsExactly(Finding.MOTHER_AGE_OUT_OF_RANGE);
        assertThat(ReviewRules.findings(1, 1, MOTHER, MOTHER.plusYears(56).minusDays(1), "m", null, BOUNDS)).isEmpty();
        assertThat(ReviewRules.findings(1, 1, MOTHER, MOTHER.plusYears(56), "m", null, BOUNDS))
                .containsExactly(Finding.MOTHER_AGE_OUT_OF_RANGE);
    }

    @Test
    void aFatherWhoseIdentityNumberIsTheMothers() {
        assertThat(ReviewRules.findings(4, 1, MOTHER, MOTHER.plusYears(4), "m", "m", BOUNDS))
                .containsExactly(Finding.BIRTH_ORDER_DISAGREES, Finding.MOTHER_AGE_OUT_OF_RANGE,
                        Finding.FATHER_SAME_AS_MOTHER);
    }
}
