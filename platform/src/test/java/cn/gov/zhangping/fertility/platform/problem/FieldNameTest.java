package cn.gov.zhangping.fertility.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class FieldNameTest {

    record Line(@Max(10) Integer amount) {
    }

    record Body(@NotNull String source, List<@Valid @NotNull Line> terms, @Valid Line first) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void fieldsOfListElementsAreNamedWithTheirIndex() {
        Body body = new Body(null, java.util.Arrays.asList(new Line(1), new Line(11), null), new Line(12));
        assertThat(VALIDATOR.validate(body)).extracting(v -> ProblemMappers.fieldName(v.getPropertyPath()))
                .containsExactlyInAnyOrder("source", "terms[1].amount", "terms[2]", "first.amount");
    }
}
