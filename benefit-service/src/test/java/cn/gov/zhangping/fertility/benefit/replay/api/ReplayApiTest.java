package cn.gov.zhangping.fertility.benefit.replay.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.enrolments.events.EnrolmentEventsTest;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The home purchase subsidy raised to 30,000 yuan from 2024-01-01, published after two families were paid 20,000 for
 * purchases in 2024 and one for a purchase before: the replay reports 10,000.00 of arrears for each of the two, the
 * earlier purchase is not touched, no payment is rewritten, and the arrears can then be paid.
 */
@QuarkusTest
public class ReplayApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String POLICY = "/api/v1/policies/HOME_PURCHASE_SUBSIDY";

    @Inject
    DataSource dataSource;

    /** A JSON POST as {@code role}. */
    public static ValidatableResponse post(String role, String path, Object body) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON).body(body)
                .post(path).then();
    }

    private static ValidatableResponse get(String role, String path) {
        return given().header("Authorization", TestTokens.bearer(role)).queryParam("size", 200).get(path).then();
    }

    /** A three-child family with a home subsidy claim for a contract of {@code contractDate}, approved and paid. */
    private static String paidFamily(UUID family, String contractDate) {
        UUID child = UUID.randomUUID();
        EnrolmentEventsTest.registerThirdChild(child, family, "2023-05-01");
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer(Roles.READER))
                .get("/api/v1/families/" + family + "/entitlements").then().statusCode(200));
        String claim = post(Roles.HOUSING, "/api/v1/claims", Map.of("policyCode", "HOME_PURCHASE_SUBSIDY",
                "familyId", family.toString(), "birthRegistrationId", child.toString(), "homePurchase",
                Map.of("contractNumber", "R-" + UUID.randomUUID(), "contractDate", contractDate,
                        "newCommercialHousing", true, "contractAmount", 700000.00)))
                .statusCode(201).extract().path("id");
        post(Roles.HOUSING, "/api/v1/claims/" + claim + "/approval", Map.of()).statusCode(200);
        post(Roles.FINANCE, "/api/v1/payments", Map.of("reference", "R-" + UUID.randomUUID().toString().substring(0, 8),
                "claimId", claim, "amount", 20000.00, "paidOn", "2024-09-01")).statusCode(201);
        return claim;
    }

    @Test
    void raisingTheHomeSubsidyFrom2024ReportsArrearsOf10000ToEveryFamilyPaid20000() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        String firstClaim = paidFamily(first, "2024-03-15");
        paidFamily(second, "2025-11-30");
        paidFamily(before, "2023-12-31");

        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, "policy_version", "policy_replay",
                "policy_replay_line", "policy_replay_payer", "entitlement_change", "payment");
        Map<String, Long> unchanged = rows.get();
        String raise = """
                {"effectiveFrom":"2024-01-01","effectiveTo":"2025-12-31","terms":[{"minBirthOrder":3,"amount":30000.00}],
                 "source":"漳政办规〔2024〕test 二(四)12"}""";
        // wrong roles, bad input: refused, nothing stored
        post(Roles.FINANCE, POLICY + "/versions", raise).statusCode(403);
        post(Roles.READER, POLICY + "/versions", raise).statusCode(403);
        post(Roles.ADMINISTRATOR, POLICY + "/versions", raise.replace("30000.00", "30000.001")).statusCode(400);
        post(Roles.ADMINISTRATOR, "/api/v1/policies/NO_SUCH/versions", raise).statusCode(404);
        assertThat(rows.get()).isEqualTo(unchanged);

        ExtractableResponse<Response> published = post(Roles.ADMINISTRATOR, POLICY + "/versions", raise).statusCode(201)
                .extract();
        int version = published.jsonPath().getInt("versions.number.max()");
        String link = published.header("Link");
        assertThat(link).contains("/api/v1/policies/HOME_PURCHASE_SUBSIDY/versions/" + version + "/replay")
                .contains("rel=\"replay\"");
        // the same version again overlaps the one just published: 409, nothing stored
        Map<String, Long> afterPublishing = rows.get();
        post(Roles.ADMINISTRATOR, POLICY + "/versions", raise).statusCode(409);
        assertThat(rows.get()).isEqualTo(afterPublishing);

        JsonPath report = get(Roles.FINANCE, POLICY + "/versions/" + version + "/replay").statusCode(200)
                .extract().jsonPath();
        assertThat(report.getBoolean("reachesBack")).isTrue();
        assertThat(report.getString("windowFrom")).isEqualTo("2024-01-01");
        assertThat(report.getString("windowTo")).isEqualTo("2025-12-31");
        for (UUID family : List.of(first, second)) {
            String line = "lines.items.find { it.familyId == '" + family + "' }";
            assertThat(report.getString(line + ".paid")).isEqualTo("20000.0");
            assertThat(report.getString(line + ".owed")).isEqualTo("30000.0");
            assertThat(report.getString(line + ".difference")).isEqualTo("10000.0");
            assertThat(report.getString(line + ".kind")).isEqualTo("ARREARS");
        }
        assertThat(report.getString("lines.items.find { it.familyId == '" + before + "' }")).isNull();
        assertThat(report.getDouble("totals.arrears")).isGreaterThanOrEqualTo(20000.00);
        assertThat(report.getList("totals.payers.payer")).containsExactly("ZHANGPING_CITY_FINANCE");
        assertThat(report.getDouble("totals.payers[0].arrears")).isEqualTo(report.getDouble("totals.arrears"));

        // payments were not rewritten; the arrears are what may still be paid, and no more
        given().header("Authorization", TestTokens.bearer(Roles.READER)).get("/api/v1/claims/" + firstClaim).then()
                .statusCode(200);
        post(Roles.FINANCE, "/api/v1/payments", Map.of("reference", "R-" + UUID.randomUUID().toString().substring(0, 8),
                "claimId", firstClaim, "amount", 10000.01, "paidOn", "2026-12-01")).statusCode(422);
        post(Roles.FINANCE, "/api/v1/payments", Map.of("reference", "R-" + UUID.randomUUID().toString().substring(0, 8),
                "claimId", firstClaim, "amount", 10000.00, "paidOn", "2026-12-01")).statusCode(201);

        // reading it: bad input 400, unknown 404, wrong role 403
        get(Roles.READER, POLICY + "/versions/abc/replay").statusCode(400);
        given().header("Authorization", TestTokens.bearer(Roles.READER)).queryParam("size", 0)
                .get(POLICY + "/versions/" + version + "/replay").then().statusCode(400);
        get(Roles.READER, POLICY + "/versions/1/replay").statusCode(404);
        get(Roles.READER, "/api/v1/policies/NO_SUCH/versions/2/replay").statusCode(404);
        get(Roles.HOUSING, POLICY + "/versions/" + version + "/replay").statusCode(403);
        given().get(POLICY + "/versions/" + version + "/replay").then().statusCode(401);
    }
}
