package cn.gov.zhangping.fertility.benefit.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.enrolments.events.EnrolmentEventsTest;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The budget of a year grows by a registered child's months, split per payer; bad years and wrong roles refused. */
@QuarkusTest
class BudgetApiTest {

    private static JsonPath budget(String year) {
        return given().header("Authorization", TestTokens.bearer(Roles.FINANCE)).queryParam("year", year)
                .queryParam("policyCode", "NATIONAL_CHILDCARE_SUBSIDY").get("/api/v1/budgets").then().statusCode(200)
                .extract().jsonPath();
    }

    private static BigDecimal amount(JsonPath budget, String field) {
        return new BigDecimal(budget.getString("lines[0]." + field));
    }

    @Test
    void aRegisteredChildCommitsItsMonthsOfTheYearAndForecastsTheNext() {
        JsonPath before = budget("2025");
        assertThat(before.getList("lines.payer")).containsExactly("CENTRAL_FINANCE");
        assertThat(before.getInt("forecastYear")).isEqualTo(2026);
        UUID child = UUID.randomUUID();
        // born 2024-05-01: under 3 until 2027-04-30, so due all of 2025 and 2026 (3,600 yuan a year)
        EnrolmentEventsTest.registerThirdChild(child, UUID.randomUUID(), "2024-05-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = budget("2025");
            assertThat(amount(after, "committed").subtract(amount(before, "committed"))).isEqualByComparingTo("3600.00");
            assertThat(amount(after, "forecastNextYear").subtract(amount(before, "forecastNextYear")))
                    .isEqualByComparingTo("3600.00");
        });
    }

    @Test
    void everyBenefitWithAPayerIsListedPerPayer() {
        JsonPath all = given().header("Authorization", TestTokens.bearer(Roles.AUDITOR)).queryParam("year", "2025")
                .get("/api/v1/budgets").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("lines.payer")).contains("LONGYAN_PREFECTURE_FINANCE", "ZHANGPING_CITY_FINANCE");
        assertThat(all.getList("lines.policyCode")).doesNotContain("CHILD_CARE_TAX_DEDUCTION");
    }

    @Test
    void badYearsAndUnknownPoliciesAre400() {
        for (String year : new String[] {null, "", "20x5", "1999", "2199", "99999"}) {
            var request = given().header("Authorization", TestTokens.bearer(Roles.READER));
            if (year != null) {
                request.queryParam("year", year);
            }
            request.get("/api/v1/budgets").then().statusCode(400);
        }
        given().header("Authorization", TestTokens.bearer(Roles.READER)).queryParam("year", "2025")
                .queryParam("policyCode", "NOT_A_POLICY").get("/api/v1/budgets").then().statusCode(400);
    }

    @Test
    void onlyFinanceReadersAuditorsAndAdministratorsSeeIt() {
        given().header("Authorization", TestTokens.bearer(Roles.REGISTRAR)).queryParam("year", "2025")
                .get("/api/v1/budgets").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(Roles.HOUSING)).queryParam("year", "2025")
                .get("/api/v1/budgets").then().statusCode(403);
        given().queryParam("year", "2025").get("/api/v1/budgets").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Roles.ADMINISTRATOR)).queryParam("year", "2025")
                .get("/api/v1/budgets").then().statusCode(200);
    }
}
