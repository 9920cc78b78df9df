package cn.gov.zhangping.fertility.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MaxLengthTest {

    record Name(@MaxLength(50) String value) {
    }

    private static final String EXT_B = new String(Character.toChars(0x20000));

    @Test
    void countsCodePointsNotUtf16Units() {
        MaxLength.Validator validator = new MaxLength.Validator();
        validator.initialize(Name.class.getRecordComponents()[0].getAnnotation(MaxLength.class));
        assertThat(validator.isValid(EXT_B.repeat(50), null)).isTrue();
        assertThat(validator.isValid(EXT_B.repeat(51), null)).isFalse();
        assertThat(validator.isValid("陈".repeat(50), null)).isTrue();
        assertThat(validator.isValid("陈".repeat(51), null)).isFalse();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void plainTextHasNoControlsAndNoUnpairedSurrogates() {
        for (String ok : List.of("", "陈安宁", EXT_B, "O'Neil-Smith", "a b")) {
            assertThat(PlainText.problem(ok)).as(ok).isEmpty();
        }
        for (String bad : List.of("\u0000", "a\nb", "\u007f", "\u009f", "\ud800", "\udc00", "a\ud800", EXT_B.substring(1))) {
            assertThat(PlainText.problem(bad)).as(bad).isPresent();
        }
    }
}
