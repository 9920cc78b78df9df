package cn.gov.zhangping.fertility.childcare.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void aPublishedCodeIsValidAndEveryOtherCheckCharacterIsNot() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        for (char c : CreditCode.CHARACTERS.toCharArray()) {
            if (c != '3') {
                assertThat(CreditCode.isValid("91350100M000100Y4" + c)).as("check %s", c).isFalse();
            }
        }
    }

    @Test
    void aCheckValueOf31IsWrittenAs0() {
        // find a code whose weighted sum is a multiple of 31: its check character is 0, not 31 (out of range)
        String base = "1235088100000000";
        for (char c : CreditCode.CHARACTERS.toCharArray()) {
            String first17 = base + c;
            char check = CreditCode.checkCharacter(first17);
            assertThat(CreditCode.CHARACTERS.indexOf(check)).isBetween(0, 30);
            assertThat(CreditCode.isValid(first17 + check)).isTrue();
        }
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void lettersTheStandardLeavesOutAndBadShapesAreRefused() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y433")).isFalse();
        assertThat(CreditCode.isValid("91350100I000100Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100O000100Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100m000100Y43")).isFalse();
        // the administrative division code (characters 3-8) is digits only
        assertThat(CreditCode.isValid("913501A0M000100Y43")).isFalse();
    }
}
