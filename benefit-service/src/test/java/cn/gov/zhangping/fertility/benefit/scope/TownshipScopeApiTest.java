package cn.gov.zhangping.fertility.benefit.scope;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Entitlements belong to the township of the child's registration, which the benefit service keeps from the birth
 * events (and follows through corrections).
 */
@QuarkusTest
class TownshipScopeApiTest {

    private static final String ENTITLEMENTS = "/api/v1/entitlements";

    private static int status(String authorization, UUID child) {
        return given().header("Authorization", authorization).queryParam("birthRegistrationId", child.toString())
                .when().get(ENTITLEMENTS).then().extract().statusCode();
    }

    @Test
    void aChildsEntitlementsAreSeenInItsTownshipOnly() {
        UUID child = UUID.randomUUID();
        BirthRegisteredEvents.publish(child, BirthRegisteredEvents.data(child, Map.of("birthDate", "2025-05-01",
                "birthOrder", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(TestTokens.bearer("reader"), child) == 200);

        given().header("Authorization", TestTokens.bearerIn(List.of("350881001"), "reader"))
                .queryParam("birthRegistrationId", child.toString()).when().get(ENTITLEMENTS).then().statusCode(200);
        given().header("Authorization", TestTokens.bearerIn(List.of("350881106"), "reader"))
                .queryParam("birthRegistrationId", child.toString()).when().get(ENTITLEMENTS).then().statusCode(404)
                .body("code", equalTo("not-found"));
        given().header("Authorization", TestTokens.bearerWithoutTownships("reader"))
                .queryParam("birthRegistrationId", child.toString()).when().get(ENTITLEMENTS).then().statusCode(403)
                .body("code", equalTo("no-township-scope"));

        // a correction that moves the birth to 永福镇 moves its entitlements there
        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), child,
                BirthRegisteredEvents.corrected(child, 2, Map.of("birthDate", "2025-05-01", "birthOrder", 2,
                        "townshipCode", "350881106", "communityCode", "350881106002",
                        "changedFields", List.of("townshipCode", "communityCode"))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status(TestTokens.bearerIn(List.of("350881106"), "reader"), child) == 200);
        given().header("Authorization", TestTokens.bearerIn(List.of("350881001"), "reader"))
                .queryParam("birthRegistrationId", child.toString()).when().get(ENTITLEMENTS).then().statusCode(404);
    }
}
