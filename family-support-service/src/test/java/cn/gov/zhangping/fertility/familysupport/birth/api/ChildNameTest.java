package cn.gov.zhangping.fertility.familysupport.birth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ChildNameTest {

    private static final String EXT_B = new String(Character.toChars(0x20000));
    private static final Pattern PUBLISHED = Pattern.compile(ChildName.PATTERN);
    private final ChildName.Validator validator = new ChildName.Validator();

    @Test
    void thePublishedPatternIsAnchoredAndPortable() {
        assertThat(ChildName.PATTERN).startsWith("^").endsWith("$").doesNotContain("\\p{").doesNotContain("\\x{")
                .doesNotContain("\\u{");
        // no range in a class may end above U+FFFF: engines without the u flag read such a range out of order
        assertThat(ChildName.PATTERN).doesNotContainPattern("\\\\u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F][0-9a-fA-F]{2}-");
    }

    @Test
    void namesInEveryScriptThePlanMeetsAreAccepted() {
        for (String name : List.of("陈安宁", "阿依古丽·买买提", "O'Neil-Smith", "Anna Li", "㐀", "林" + EXT_B, EXT_B.repeat(50))) {
            assertThat(validator.isValid(name, null)).as(name).isTrue();
            assertThat(PUBLISHED.matcher(name).matches()).as(name).isTrue();
        }
    }

    @Test
    void digitsPunctuationControlsAndEmojiAreRefused() {
        for (String name : List.of("a1", "Robert'); DROP TABLE--", "陈\u0000", "\t", "Ω", "陈。")) {
            assertThat(validator.isValid(name, null)).as(name).isFalse();
            assertThat(PUBLISHED.matcher(name).matches()).as(name).isFalse();
        }
        // the pattern lets every character above U+FFFF through; the constraint keeps only Chinese ones
        assertThat(validator.isValid("\ud83d\ude00", null)).isFalse();
    }

    @Test
    void aLongNameIsCheckedWithoutExhaustingTheStack() {
        assertThat(validator.isValid("a".repeat(100_000), null)).isTrue();
        assertThat(validator.isValid("a".repeat(100_000) + "1", null)).isFalse();
    }
}
