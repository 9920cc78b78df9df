package cn.gov.zhangping.fertility.indicator.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Metrics and health details only for the configured networks; API documents for everyone. */
@QuarkusTest
@TestProfile(OperationsAccessTest.OperatorsElsewhere.class)
class OperationsAccessTest {

    /** The tests call from loopback; here only a network they are not on may see operations data. */
    public static class OperatorsElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fertility.operations.allowed-networks", "10.99.0.0/16");
        }
    }

    @Test
    void metricsAreHiddenFromOtherNetworks() {
        given().when().get("/q/metrics").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void healthGivesOnlyTheStatusToOtherNetworks() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body("$", not(hasKey("checks")));
        given().when().get("/q/health/live").then().statusCode(200).body("$", not(hasKey("checks")));
        given().when().get("/q/health").then().statusCode(200).body("$", not(hasKey("checks")));
    }

    @Test
    void theApiDocumentsStayPublic() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
