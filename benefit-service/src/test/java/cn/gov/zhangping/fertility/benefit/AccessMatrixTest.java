package cn.gov.zhangping.fertility.benefit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.AccessMatrixCheck;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every operation × every role × township scope as src/test/resources/access-matrix.csv says, and README shows it
 * (platform kit). The fixture: a family's third child registered in 350881001, its housing-fund claim and a payment.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixCheck {

    static final String TOWNSHIP = "350881001";

    public AccessMatrixTest() {
        super("benefit-service", ApiFuzzTest.TABLES);
    }

    @Override
    protected AccessMatrix.Fixture fixture() {
        UUID family = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        BirthRegisteredEvents.publish(child, BirthRegisteredEvents.data(child, Map.of("birthDate", "2024-05-01",
                "birthOrder", 3, "familyId", family.toString(), "townshipCode", TOWNSHIP,
                "communityCode", TOWNSHIP + "003")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer("reader"))
                .get("/api/v1/families/" + family + "/entitlements").then().statusCode(200));
        Map<String, Object> rent = Map.of("policyCode", "HPF_RENT_WITHDRAWAL_LIMIT", "familyId", family.toString(),
                "birthRegistrationId", child.toString(),
                "rentWithdrawal", Map.of("fromMonth", "2025-01", "toMonth", "2025-03", "noOwnHome", true));
        String claim = given().header("Authorization", TestTokens.bearer("housing-fund")).contentType(ContentType.JSON)
                .body(rent).when().post("/api/v1/claims").then().statusCode(201).extract().path("id");
        String payment = given().header("Authorization", TestTokens.bearer("finance")).contentType(ContentType.JSON)
                .body(payment(child)).when().post("/api/v1/payments").then().statusCode(201).extract().path("id");
        return AccessMatrix.Fixture.in(TOWNSHIP)
                .value("birthRegistrationId", child)
                .value("/api/v1/families/", "familyId", family)
                .value("/api/v1/claims/", "id", claim)
                .value("/api/v1/payments/", "id", payment)
                // each delivering department its own policy's claim (a housing-fund claim is refused to housing)
                .bodyFor("submitClaim", role -> role.equals("housing")
                        ? Map.of("policyCode", "HOME_PURCHASE_SUBSIDY", "familyId", family.toString(),
                                "birthRegistrationId", child.toString(), "homePurchase", Map.of("contractNumber",
                                        "MATRIX-" + UUID.randomUUID(), "contractDate", "2025-03-01",
                                        "newCommercialHousing", true, "contractAmount", 856000.00))
                        : Map.of("policyCode", "HPF_RENT_WITHDRAWAL_LIMIT", "familyId", family.toString(),
                                "birthRegistrationId", child.toString(),
                                "rentWithdrawal", Map.of("fromMonth", "2025-04", "toMonth", "2025-06", "noOwnHome", true)))
                .body("rejectClaim", () -> Map.of("reason", "购房合同未网签备案"))
                .body("recordPayment", () -> payment(child));
    }

    private static Map<String, Object> payment(UUID child) {
        return Map.of("reference", "MATRIX-" + UUID.randomUUID(), "birthRegistrationId", child.toString(),
                "policyCode", "NATIONAL_CHILDCARE_SUBSIDY", "month", "2025-06", "amount", 0.01, "paidOn", "2025-07-01");
    }
}
