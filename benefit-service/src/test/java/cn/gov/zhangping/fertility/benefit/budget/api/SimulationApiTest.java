package cn.gov.zhangping.fertility.benefit.budget.api;

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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Extending the home purchase subsidy to second children, over births of one day only these tests record: the second
 * child's family is added, the third child's stays, and nothing is stored; bad bodies and wrong roles are refused.
 */
@QuarkusTest
public class SimulationApiTest {

    private static final String DAY = "2025-03-17";

    @Inject
    DataSource dataSource;

    public static Map<String, Object> body(String code, Object amount, Object minBirthOrder, String from, String to) {
        Map<String, Object> change = new HashMap<>();
        change.put("amount", amount);
        change.put("minBirthOrder", minBirthOrder);
        Map<String, Object> body = new HashMap<>();
        body.put("policyCode", code);
        body.put("change", change);
        body.put("bornFrom", from);
        body.put("bornTo", to);
        return body;
    }

    private static ValidatableResponse post(String role, Object body) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/simulations").then();
    }

    @Test
    void extendingTheHomeSubsidyToSecondChildrenAddsTheirFamiliesAndChangesNothing() {
        UUID third = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        BirthRegisteredEvents.publish(third, BirthRegisteredEvents.data(third, Map.of("birthDate", DAY,
                "birthOrder", 3, "familyId", UUID.randomUUID().toString())));
        BirthRegisteredEvents.publish(second, BirthRegisteredEvents.data(second, Map.of("birthDate", DAY,
                "birthOrder", 2, "familyId", UUID.randomUUID().toString())));
        Map<String, Object> extend = body("HOME_PURCHASE_SUBSIDY", null, 2, DAY, DAY);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(post(Roles.FINANCE, extend).statusCode(200)
                .extract().jsonPath().getInt("changed.children")).isEqualTo(2));
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, "child", "entitlement", "entitlement_change",
                "policy_version", "policy_version_tier", "enrolment", "claim", "payment", "payment_split",
                "idempotency_key", "outbox_event", "inbox_event", "aggregate_revision");
        Map<String, Long> before = rows.get();
        JsonPath result = post(Roles.ADMINISTRATOR, extend).statusCode(200).extract().jsonPath();
        assertThat(result.getInt("current.families")).isEqualTo(1);
        assertThat(result.getInt("current.children")).isEqualTo(1);
        assertThat(result.getInt("changed.families")).isEqualTo(2);
        assertThat(result.getInt("difference.families")).isEqualTo(1);
        assertThat(result.getString("difference.total")).isEqualTo(result.getString("current.total"));
        assertThat(result.getList("changed.split.payer")).containsExactly("ZHANGPING_CITY_FINANCE");

        JsonPath raised = post(Roles.READER, body("HOME_PURCHASE_SUBSIDY", 30000.01, null, DAY, DAY)).statusCode(200)
                .extract().jsonPath();
        assertThat(raised.getDouble("changed.total")).isEqualTo(30000.01);
        assertThat(raised.getInt("changed.families")).isEqualTo(1);
        assertThat(rows.get()).isEqualTo(before);
    }

    @Test
    void aMonthlySubsidyIsSplitAndCountedOverTheWholePeriod() {
        JsonPath result = post(Roles.REVIEWER, body("NATIONAL_CHILDCARE_SUBSIDY", 3600.01, null, "2000-01-01", "2000-01-01"))
                .statusCode(200).extract().jsonPath();
        assertThat(result.getInt("current.children")).isZero();
        assertThat(result.getList("difference.split.payer")).containsExactly("CENTRAL_FINANCE");
    }

    @Test
    void badBodiesAre400AndChangeNothing() {
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, "child", "entitlement", "claim", "payment",
                "policy_version", "outbox_event");
        Map<String, Long> before = rows.get();
        post(Roles.FINANCE, body("NOT_A_POLICY", 1, null, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("PARENTAL_LEAVE", 1, null, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1, 2, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", null, null, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", -1, null, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1.001, null, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", null, 0, DAY, DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1, null, "2025-12-31", DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1, null, "2025-02-30", DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1, null, "1999-12-31", DAY)).statusCode(400);
        post(Roles.FINANCE, body("HOME_PURCHASE_SUBSIDY", 1, null, null, DAY)).statusCode(400);
        post(Roles.FINANCE, Map.of("policyCode", "HOME_PURCHASE_SUBSIDY")).statusCode(400);
        assertThat(rows.get()).isEqualTo(before);
    }

    @Test
    void onlyFinanceAdministratorsReviewersAndReadersSimulate() {
        Map<String, Object> valid = body("HOME_PURCHASE_SUBSIDY", 30000, null, DAY, DAY);
        post(Roles.REGISTRAR, valid).statusCode(403);
        post(Roles.AUDITOR, valid).statusCode(403);
        post(Roles.HOUSING, valid).statusCode(403);
        given().contentType(ContentType.JSON).body(valid).post("/api/v1/simulations").then().statusCode(401);
    }
}
