package cn.gov.zhangping.fertility.benefit.entitlements.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChildEntitlementsApiTest {

    private static final String ENTITLEMENTS = "/api/v1/entitlements";

    private static JsonPath entitlements(UUID id, String asOf) {
        var request = given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", id.toString());
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.when().get(ENTITLEMENTS).then().statusCode(200).extract().jsonPath();
    }

    private static String state(JsonPath p, String code) {
        return p.getString("entitlements.find { it.policyCode == '" + code + "' }.state") + " "
                + p.getString("entitlements.find { it.policyCode == '" + code + "' }.reason");
    }

    @Test
    void aThirdChildsEntitlementsFromTheBrokerOnAnyDate() {
        UUID id = UUID.randomUUID();
        BirthRegisteredEvents.publish(id, BirthRegisteredEvents.data(id, Map.of("birthDate", "2024-05-01",
                "birthOrder", 3, "sex", "FEMALE")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", id.toString()).when().get(ENTITLEMENTS).then().statusCode(200));

        JsonPath during = entitlements(id, "2024-06-01");
        assertThat(during.getString("asOf")).isEqualTo("2024-06-01");
        assertThat(during.getInt("facts.birthOrder")).isEqualTo(3);
        assertThat(state(during, "CHILDCARE_FEE_REDUCTION")).isEqualTo("ACTIVE IN_PERIOD");
        assertThat(during.getFloat("entitlements.find { it.policyCode == 'CHILDCARE_FEE_REDUCTION' }.periods[0].terms.percent"))
                .isEqualTo(50.0f);
        assertThat(during.getString("entitlements.find { it.policyCode == 'CHILDCARE_FEE_REDUCTION' }.periods[0].to"))
                .isEqualTo("2025-12-31");
        assertThat(state(during, "NUTRITION_PACK")).isEqualTo("UPCOMING STARTS_LATER");
        assertThat(state(during, "HOME_PURCHASE_SUBSIDY")).isEqualTo("ACTIVE IN_PERIOD");
        assertThat(state(during, "HPV_VACCINATION")).isEqualTo("NOT_ELIGIBLE POLICY_PERIOD_ENDED");
        assertThat(during.getList("entitlements.policyCode")).hasSize(10)
                .doesNotContain("SPECIAL_FAMILY_ASSISTANCE", "FAMILY_PLANNING_REWARD_ASSISTANCE", "ONLY_CHILD_PARENT_NURSING_LEAVE");
        // the national subsidy: 36 months from May 2024 to April 2027, of which January 2025 on are due (28)
        assertThat(during.getFloat("entitlements.find { it.policyCode == 'NATIONAL_CHILDCARE_SUBSIDY' }.totalAmount"))
                .isEqualTo(8400.0f);

        JsonPath after = entitlements(id, "2026-01-01");
        assertThat(state(after, "CHILDCARE_FEE_REDUCTION")).isEqualTo("ENDED PERIOD_OVER");
        assertThat(state(after, "PARENTAL_LEAVE")).isEqualTo("ACTIVE IN_PERIOD");

        JsonPath today = entitlements(id, null);
        assertThat(today.getList("entitlements.find { it.policyCode == 'CHILDCARE_FEE_REDUCTION' }.history.cause"))
                .containsExactly("BIRTH_REGISTERED");
    }

    @Test
    void anUnknownRegistrationIsNotFound() {
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", UUID.randomUUID().toString())
                .when().get(ENTITLEMENTS).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void badParametersAreProblems() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.bearer("reader")).when().get(ENTITLEMENTS)
                .then().statusCode(400).body("errors.field", hasItem("birthRegistrationId"));
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("birthRegistrationId", "not-a-uuid")
                .when().get(ENTITLEMENTS).then().statusCode(400).body("errors.field", hasItem("birthRegistrationId"));
        for (String asOf : new String[] {"2025-02-30", "20250101", "9999-01-01", "1999-12-31"}) {
            given().header("Authorization", TestTokens.bearer("reader")).queryParam("birthRegistrationId", id)
                    .queryParam("asOf", asOf).when().get(ENTITLEMENTS)
                    .then().statusCode(400).body("errors.field", hasItem("asOf"));
        }
    }

    @Test
    void onlyReadingRolesSeeEntitlements() {
        String id = UUID.randomUUID().toString();
        given().queryParam("birthRegistrationId", id).when().get(ENTITLEMENTS).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("administrator")).queryParam("birthRegistrationId", id)
                .when().get(ENTITLEMENTS).then().statusCode(403);
    }
}
