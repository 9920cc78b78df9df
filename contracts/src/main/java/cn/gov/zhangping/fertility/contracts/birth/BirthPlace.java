package cn.gov.zhangping.fertility.contracts.birth;

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
 * The place of a birth in an event: the community code (12 digits) lies in the township (its first 9 digits are
 * the township code). The township itself is checked by {@code @TownshipCode}.
 */
@Documented
@Constraint(validatedBy = BirthPlace.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthPlace {

    String message() default "communityCode is not a community of townshipCode";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What an event with a place has. */
    interface Located {
        String townshipCode();

        String communityCode();
    }

    class Validator implements ConstraintValidator<BirthPlace, Located> {
        @Override
        public boolean isValid(Located value, ConstraintValidatorContext context) {
            if (value == null || value.townshipCode() == null || value.communityCode() == null) {
                return true;
            }
            return value.communityCode().startsWith(value.townshipCode());
        }
    }
}
