package cn.gov.zhangping.fertility.platform.testkit;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the {@link OpenApiValidationFilter} in front of every rest-assured request of every {@code @QuarkusTest}
 * of every module that has the test kit; registered in {@code META-INF/services}, so no test has to ask for it.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f.getClass().getName().equals(OpenApiValidationFilter.class.getName()))) {
            RestAssured.filters(new OpenApiValidationFilter());
        }
    }
}
