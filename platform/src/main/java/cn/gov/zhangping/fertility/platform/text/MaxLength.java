package cn.gov.zhangping.fertility.platform.text;

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
 * The text, when present, has at most {@link #value()} characters counted as Unicode code points, so that a name
 * written in CJK Extension B characters (two UTF-16 units each) gets the same room as any other. {@code @Size} counts
 * UTF-16 units. Declare the same limit in the OpenAPI schema ({@code @Schema(maxLength = …)}), which counts code
 * points as well.
 */
@Documented
@Constraint(validatedBy = MaxLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxLength, String> {
        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PlainText.length(value) <= max;
        }
    }
}
