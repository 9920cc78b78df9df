package cn.gov.zhangping.fertility.familysupport.guards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of response, and CORS closed (platform SecurityHeaders, configuration). */
@QuarkusTest
class SecurityHeadersTest {

    private static void hasSecurityHeaders(Response r) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
    }

    @Test
    void apiAnswersAndProblemsCarryThemWithNoStore() {
        Response ok = given().header("Authorization", TestTokens.bearer("reader"))
                .when().get("/api/v1/birth-registrations");
        assertThat(ok.statusCode()).isEqualTo(200);
        hasSecurityHeaders(ok);
        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ok.header("Content-Security-Policy")).contains("script-src 'self';");

        Response unauthorised = given().when().get("/api/v1/birth-registrations");
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        hasSecurityHeaders(unauthorised);
        assertThat(unauthorised.header("Cache-Control")).isEqualTo("no-store");

        Response tooLong = given().header("Authorization", TestTokens.bearer("reader"))
                .when().get("/api/v1/birth-registrations?x=" + "a".repeat(9000));
        assertThat(tooLong.statusCode()).isEqualTo(414);
        hasSecurityHeaders(tooLong);
    }

    @Test
    void operationsEndpointsAndUnknownPathsCarryThem() {
        for (String path : new String[] {"/q/health/ready", "/q/openapi", "/q/metrics", "/nothing-here"}) {
            Response r = given().when().get(path);
            hasSecurityHeaders(r);
        }
        // Swagger UI starts from an inline script: its own policy allows that, and only there
        Response ui = given().when().get("/q/swagger-ui/");
        hasSecurityHeaders(ui);
        assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void corsIsClosed() {
        // a preflight is no operation of the document: the response check is left out for it alone
        Response preflight = given().noFilters().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/birth-registrations");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response read = given().header("Origin", "https://elsewhere.example")
                .header("Authorization", TestTokens.bearer("reader"))
                .when().get("/api/v1/birth-registrations");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        hasSecurityHeaders(read);
    }
}
