package cn.gov.zhangping.fertility.familysupport.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void acceptsTheStandardsWorkedExample() {
        // GB 11643-1999 Annex A example: 11010519491231002X
        assertThat(ResidentIdNumber.problem("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void acceptsLowerCaseX() {
        assertThat(ResidentIdNumber.problem("11010519491231002x", TODAY)).isEmpty();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(ResidentIdNumber.problem("110105194912310021", TODAY)).contains("the check digit does not match (GB 11643-1999)");
    }

    @Test
    void rejectsWrongLengthAndLetters() {
        assertThat(ResidentIdNumber.problem("1101051949123100", TODAY)).contains("must be 18 characters");
        assertThat(ResidentIdNumber.problem("1101051949123100AX", TODAY)).contains("the first 17 characters must be digits");
        assertThat(ResidentIdNumber.problem(null, TODAY)).isPresent();
    }

    @Test
    void rejectsAnUnknownProvince() {
        String first17 = "99010519491231002";
        assertThat(ResidentIdNumber.problem(first17 + ResidentIdNumber.checkCharacter(first17), TODAY))
                .contains("the address code is not a province of GB/T 2260");
    }

    @Test
    void leapDayBirthDatesAreValidOnlyInLeapYears() {
        String leap = "35088119920229001";
        String notLeap = "35088119930229001";
        assertThat(ResidentIdNumber.problem(leap + ResidentIdNumber.checkCharacter(leap), TODAY)).isEmpty();
        assertThat(ResidentIdNumber.problem(notLeap + ResidentIdNumber.checkCharacter(notLeap), TODAY))
                .contains("the birth date part is not a valid past date");
    }

    @Test
    void rejectsABirthDateAfterToday() {
        String future = "35088120261201001";
        assertThat(ResidentIdNumber.problem(future + ResidentIdNumber.checkCharacter(future), TODAY))
                .contains("the birth date part is not a valid past date");
        String today = "35088120261130001";
        assertThat(ResidentIdNumber.problem(today + ResidentIdNumber.checkCharacter(today), TODAY)).isEmpty();
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertThat(ResidentIdNumber.mask("11010519491231002x")).isEqualTo("1101**********002X");
    }
}
