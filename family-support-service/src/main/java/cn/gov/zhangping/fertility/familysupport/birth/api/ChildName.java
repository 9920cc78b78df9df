package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value, when present, is a child's name as the birth certificate writes it: Chinese characters (the basic
 * block, Extension A, compatibility ideographs and, outside the Basic Multilingual Plane, Extension B and later),
 * Latin letters, spaces and the separators · • ' - (e.g. 阿依古丽·买买提).
 * <p>
 * {@link #PATTERN} is the one published in the OpenAPI document. It is anchored and uses only what Java and
 * ECMA-262 (with and without the {@code u} flag) read alike, so every validator checks the same thing: no
 * {@code \p{…}} classes, and no code-point ranges above U+FFFF, which engines without the {@code u} flag reject.
 * Characters above U+FFFF are therefore allowed by the pattern as a whole; this constraint further requires them to
 * be Chinese characters. ChildNameTest holds the two to the same answers.
 */
@Documented
@Constraint(validatedBy = ChildName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChildName {

    String PATTERN = "^(?:[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFFA-Za-z\\u00B7\\u2022' \\-]"
            + "|[^\\u0000-\\uD7FF\\uE000-\\uFFFF])+$";

    String message() default "must contain letters only";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ChildName, String> {

        /**
         * The same rule as {@link #PATTERN}, read one code point at a time: a regular expression with an alternation
         * under {@code +} recurses once per character in Java and overflows the stack on long input.
         */
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || value.codePoints().allMatch(Validator::allowed);
        }

        static boolean allowed(int c) {
            if (Character.isSupplementaryCodePoint(c)) {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            }
            return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                    || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || c == 0x00B7 || c == 0x2022 || c == '\'' || c == ' ' || c == '-';
        }
    }
}
