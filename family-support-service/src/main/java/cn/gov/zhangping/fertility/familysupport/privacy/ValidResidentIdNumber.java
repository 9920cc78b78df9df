package cn.gov.zhangping.fertility.familysupport.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * The value, when present, is a valid GB 11643-1999 identity number ({@link ResidentIdNumber}); the violation
 * says which part is wrong, never the value.
 */
@Documented
@Constraint(validatedBy = ValidResidentIdNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentIdNumber {

    String message() default "is not a valid resident identity number (GB 11643-1999)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidResidentIdNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<String> problem = ResidentIdNumber.problem(value, CivilDate.today());
            problem.ifPresent(p -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(p.replace("{", "(").replace("}", ")")).addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
