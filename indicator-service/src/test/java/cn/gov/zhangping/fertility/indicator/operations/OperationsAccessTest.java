package cn.gov.zhangping.fertility.indicator.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Metrics and health details only for the configured networks; API documents for everyone. */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class OperationsAccessTest {

    @Test
    void metricsAreHiddenFromOtherNetworks() {
        given().when().get("/q/metrics").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void healthGivesOnlyTheStatusToOtherNetworks() {
        // ready once the consumers hold their partitions, which may be a moment after start-up
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP")).body("$", not(hasKey("checks"))));
        given().when().get("/q/health/live").then().statusCode(200).body("$", not(hasKey("checks")));
        given().when().get("/q/health").then().statusCode(200).body("$", not(hasKey("checks")));
    }

    @Test
    void theApiDocumentsStayPublic() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
