package cn.gov.zhangping.fertility.benefit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.budget.api.SimulationApiTest;
import cn.gov.zhangping.fertility.benefit.enrolments.events.EnrolmentEventsTest;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.OpenApiFuzzer;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation of this service's OpenAPI document, fuzzed with hostile input (platform test kit). */
@QuarkusTest
class ApiFuzzTest {

    /** The tables whose rows a refused or reading request must leave alone (also for AccessMatrixTest). */
    static final String[] TABLES = {
            "child", "entitlement", "entitlement_change", "aggregate_revision",
            "inbox_event", "policy_version", "policy_version_tier", "enrolment", "claim", "payment",
            "payment_split", "idempotency_key", "outbox_event", "policy_replay", "policy_replay_line",
            "policy_replay_payer", "household_entitlement", "household_entitlement_change"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        // a third child of a family, so that valid claims and payments reach their deepest checks and are stored
        UUID family = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        EnrolmentEventsTest.registerThirdChild(child, family, "2024-05-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(Roles.READER))
                .get("/api/v1/families/" + family + "/entitlements").then().statusCode(200));
        Map<String, Object> rent = Map.of("policyCode", "HPF_RENT_WITHDRAWAL_LIMIT", "familyId", family.toString(),
                "birthRegistrationId", child.toString(),
                "rentWithdrawal", Map.of("fromMonth", "2025-01", "toMonth", "2025-03", "noOwnHome", true));
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, TABLES))
                .validBodies("submitClaim", () -> rent)
                .validBodies("simulate", () -> SimulationApiTest.body("HOME_PURCHASE_SUBSIDY", 30000.00, null,
                        "2024-01-01", "2025-12-31"))
                .validBodies("recordPayment", () -> Map.of("reference", "FUZZ-" + UUID.randomUUID(),
                        "birthRegistrationId", child.toString(), "policyCode", "NATIONAL_CHILDCARE_SUBSIDY",
                        "month", "2025-06", "amount", 0.01, "paidOn", "2025-07-01"))
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }
}
