package cn.gov.zhangping.fertility.platform.testkit;

import java.net.URI;
import java.util.List;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every response a rest-assured test receives against the OpenAPI document of the application that sent it
 * ({@link OpenApiContract}), and fails the test on the first response that breaks it. Installed for every
 * {@code @QuarkusTest} by {@link OpenApiValidationCallback}.
 */
public class OpenApiValidationFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getRawPath().startsWith("/q/")) {
            return response;
        }
        List<String> problems = OpenApiContract.of(uri).check(request.getMethod(), uri.getRawPath(),
                response.statusCode(), response.header("Content-Type"), response.header("Cache-Control"),
                response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The response breaks the service's OpenAPI document:\n  "
                    + String.join("\n  ", problems) + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
