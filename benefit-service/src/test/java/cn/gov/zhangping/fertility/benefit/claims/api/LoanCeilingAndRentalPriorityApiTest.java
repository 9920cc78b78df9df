package cn.gov.zhangping.fertility.benefit.claims.api;

import static cn.gov.zhangping.fertility.benefit.replay.api.ReplayApiTest.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The loan ceiling increase (housing fund) and public rental priority (housing) through the claims workflow: refused
 * input, wrong departments, once per family, nothing paid for them; the family view lists the claims with their
 * state history.
 */
@QuarkusTest
class LoanCeilingAndRentalPriorityApiTest {

    @Inject
    DataSource dataSource;

    private static UUID child(UUID family, int birthOrder) {
        UUID child = UUID.randomUUID();
        BirthRegisteredEvents.publish(child, BirthRegisteredEvents.data(child, Map.of("birthDate", "2024-05-01",
                "birthOrder", birthOrder, "familyId", family.toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(Roles.READER)).get("/api/v1/families/" + family + "/entitlements")
                .then().statusCode(200));
        return child;
    }

    private static Map<String, Object> claim(String code, UUID family, UUID child, String evidence, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("policyCode", code, "familyId", family.toString(),
                "birthRegistrationId", child.toString()));
        if (evidence != null) {
            body.put(evidence, value);
        }
        return body;
    }

    @Test
    void aSecondChildsFamilyHasItsLoanCeilingRaisedOnceAndAThreeChildFamilyItsRentalPriority() {
        UUID family = UUID.randomUUID();
        UUID second = child(family, 2);
        Map<String, Object> application = Map.of("applicationDate", "2025-06-20", "firstSelfOccupiedHome", true);
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, "claim", "payment", "outbox_event");
        Map<String, Long> before = rows.get();
        post(Roles.HOUSING, "/api/v1/claims", claim("HPF_LOAN_CEILING_INCREASE", family, second, "loanCeiling", application))
                .statusCode(403);
        post(Roles.HOUSING_FUND, "/api/v1/claims", claim("HPF_LOAN_CEILING_INCREASE", family, second, null, null))
                .statusCode(400);
        Map<String, Object> both = claim("HPF_LOAN_CEILING_INCREASE", family, second, "loanCeiling", application);
        both.put("rentalPriority", Map.of("applicationDate", "2025-06-20"));
        post(Roles.HOUSING_FUND, "/api/v1/claims", both).statusCode(400);
        assertThat(post(Roles.HOUSING_FUND, "/api/v1/claims", claim("HPF_LOAN_CEILING_INCREASE", family, second,
                "loanCeiling", Map.of("applicationDate", "2025-06-20", "firstSelfOccupiedHome", false)))
                .statusCode(422).extract().<String>path("code")).isEqualTo("condition-not-met");
        assertThat(post(Roles.HOUSING_FUND, "/api/v1/claims", claim("HPF_LOAN_CEILING_INCREASE", family, second,
                "loanCeiling", Map.of("applicationDate", "2024-04-30", "firstSelfOccupiedHome", true)))
                .statusCode(422).extract().<String>path("code")).isEqualTo("condition-not-met");
        // a second child's family has no rental priority (three-child and special families)
        assertThat(post(Roles.HOUSING, "/api/v1/claims", claim("PUBLIC_RENTAL_PRIORITY", family, second,
                "rentalPriority", Map.of("applicationDate", "2025-06-20"))).statusCode(422).extract().<String>path("code"))
                .isEqualTo("condition-not-met");
        assertThat(rows.get()).isEqualTo(before);

        JsonPath loan = post(Roles.HOUSING_FUND, "/api/v1/claims",
                claim("HPF_LOAN_CEILING_INCREASE", family, second, "loanCeiling", application)).statusCode(201)
                .extract().jsonPath();
        assertThat(loan.getString("amount")).isEqualTo("150000.0");
        assertThat(loan.getBoolean("loanCeiling.firstSelfOccupiedHome")).isTrue();
        assertThat(post(Roles.HOUSING_FUND, "/api/v1/claims", claim("HPF_LOAN_CEILING_INCREASE", family, second,
                "loanCeiling", application)).statusCode(409).extract().<String>path("code")).isEqualTo("claim-exists");
        String loanId = loan.getString("id");
        post(Roles.HOUSING, "/api/v1/claims/" + loanId + "/approval", Map.of()).statusCode(403);
        post(Roles.HOUSING_FUND, "/api/v1/claims/" + loanId + "/approval", Map.of()).statusCode(200);
        // a ceiling is a limit the fund lends up to: nothing is paid for it
        assertThat(post(Roles.FINANCE, "/api/v1/payments", Map.of("reference", "L-" + UUID.randomUUID().toString()
                .substring(0, 8), "claimId", loanId, "amount", 1.00, "paidOn", "2025-07-01")).statusCode(422)
                .extract().<String>path("code")).isEqualTo("nothing-to-pay");

        UUID third = child(family, 3);
        Map<String, Object> priority = claim("PUBLIC_RENTAL_PRIORITY", family, third, "rentalPriority",
                Map.of("applicationDate", "2025-06-20"));
        post(Roles.HOUSING_FUND, "/api/v1/claims", priority).statusCode(403);
        JsonPath rental = post(Roles.HOUSING, "/api/v1/claims", priority).statusCode(201).extract().jsonPath();
        assertThat(rental.getString("amount")).isEqualTo("0.0");
        post(Roles.HOUSING, "/api/v1/claims/" + rental.getString("id") + "/rejection",
                Map.of("reason", "已享受公租房实物配租")).statusCode(200);

        JsonPath view = given().header("Authorization", TestTokens.bearer(Roles.READER))
                .get("/api/v1/families/" + family + "/entitlements").then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("claims.policyCode")).containsExactly("HPF_LOAN_CEILING_INCREASE", "PUBLIC_RENTAL_PRIORITY");
        assertThat(view.getList("claims[0].history.status")).containsExactly("SUBMITTED", "APPROVED");
        assertThat(view.getList("claims[1].history.status")).containsExactly("SUBMITTED", "REJECTED");
        assertThat(view.getString("claims[1].history[1].reason")).isEqualTo("已享受公租房实物配租");
        assertThat(view.getList("householdSchemes")).isEmpty();
    }
}
