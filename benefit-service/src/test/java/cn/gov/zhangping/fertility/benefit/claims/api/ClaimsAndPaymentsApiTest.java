package cn.gov.zhangping.fertility.benefit.claims.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.enrolments.events.EnrolmentEventsTest;
import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A three-child family seen through its view, its home purchase subsidy claimed, approved and paid once, a rent claim
 * rejected, a month of its fee reduction paid with the 2:8 split, and every bad request refused with nothing stored.
 */
@QuarkusTest
class ClaimsAndPaymentsApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    private static ValidatableResponse post(String role, String path, Object body, Map<String, String> headers) {
        return given().header("Authorization", TestTokens.bearer(role)).headers(headers).contentType(ContentType.JSON)
                .body(body).post(path).then();
    }

    private static ValidatableResponse post(String role, String path, Object body) {
        return post(role, path, body, Map.of());
    }

    private static Map<String, Object> home(UUID family, UUID child, String contract, String date, boolean newHousing) {
        Map<String, Object> evidence = new HashMap<>(Map.of("contractNumber", contract, "contractDate", date,
                "newCommercialHousing", newHousing, "contractAmount", 856000.00));
        return new HashMap<>(Map.of("policyCode", "HOME_PURCHASE_SUBSIDY", "familyId", family.toString(),
                "birthRegistrationId", child.toString(), "homePurchase", evidence));
    }

    private static Map<String, Object> payment(String reference, Map<String, Object> target, String amount) {
        Map<String, Object> body = new HashMap<>(target);
        body.put("reference", reference);
        body.put("amount", new java.math.BigDecimal(amount));
        body.put("paidOn", "2025-07-01");
        return body;
    }

    @Test
    void aThreeChildFamilysClaimIsApprovedByHousingAndPaidOnceWithItsSplit() {
        UUID family = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        given().header("Authorization", TestTokens.bearer(Roles.READER)).get("/api/v1/families/" + family + "/entitlements")
                .then().statusCode(404);
        EnrolmentEventsTest.registerThirdChild(child, family, "2024-05-01");
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer(Roles.READER))
                .queryParam("asOf", "2025-06-15").get("/api/v1/families/" + family + "/entitlements").then().statusCode(200));
        JsonPath view = given().header("Authorization", TestTokens.bearer(Roles.READER)).queryParam("asOf", "2025-06-15")
                .get("/api/v1/families/" + family + "/entitlements").then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("children.birthRegistrationId")).containsExactly(child.toString());
        given().header("Authorization", TestTokens.bearer(Roles.READER)).get("/api/v1/families/not-a-uuid/entitlements")
                .then().statusCode(400);

        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, "claim", "payment", "payment_split", "idempotency_key",
                "outbox_event");
        Map<String, Long> before = rows.get();
        String contract = "漳房网签2025-" + UUID.randomUUID().toString().substring(0, 8);
        // refused: wrong department, evidence of the other kind, old housing, a contract after the plan, not in the family
        post(Roles.HOUSING_FUND, "/api/v1/claims", home(family, child, contract, "2025-06-20", true)).statusCode(403);
        Map<String, Object> mixed = home(family, child, contract, "2025-06-20", true);
        mixed.put("rentWithdrawal", Map.of("fromMonth", "2025-01", "toMonth", "2025-02", "noOwnHome", true));
        post(Roles.HOUSING, "/api/v1/claims", mixed).statusCode(400);
        // (a contract date no version covers is refused as no-version-in-force: ClaimRulesTest; the other tests of this
        // application publish versions, so no date is sure to stay uncovered here)
        assertThat(post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract, "2025-06-20", false)).statusCode(422)
                .extract().<String>path("code")).isEqualTo("condition-not-met");
        assertThat(post(Roles.HOUSING, "/api/v1/claims", home(UUID.randomUUID(), child, contract, "2025-06-20", true))
                .statusCode(422).extract().<String>path("code")).isEqualTo("child-not-in-family");
        assertThat(post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract, "2024-04-30", true))
                .statusCode(422).extract().<String>path("code")).isEqualTo("condition-not-met");
        assertThat(rows.get()).isEqualTo(before);

        Map<String, String> key = Map.of("Idempotency-Key", "housing-" + UUID.randomUUID());
        JsonPath claim = post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract, "2025-06-20", true), key)
                .statusCode(201).extract().jsonPath();
        String claimId = claim.getString("id");
        assertThat(claim.getString("status")).isEqualTo("SUBMITTED");
        // 20,000 yuan under the shipped version; the amount of whatever version is in force when the tests run
        String due = claim.getString("amount");
        assertThat(new java.math.BigDecimal(due)).isPositive();
        ValidatableResponse again = post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract, "2025-06-20", true), key)
                .statusCode(201);
        assertThat(again.extract().header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.extract().<String>path("id")).isEqualTo(claimId);
        post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract, "2025-06-21", true), key).statusCode(422);
        assertThat(post(Roles.HOUSING, "/api/v1/claims", home(family, child, contract + "b", "2025-06-21", true))
                .statusCode(409).extract().<String>path("code")).isEqualTo("claim-exists");

        Map<String, Object> forClaim = Map.of("claimId", claimId);
        String reference = "ZPCZ-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(Roles.FINANCE, "/api/v1/payments", payment(reference, forClaim, due)).statusCode(409)
                .extract().<String>path("code")).isEqualTo("claim-not-approved");
        post(Roles.HOUSING_FUND, "/api/v1/claims/" + claimId + "/approval", Map.of()).statusCode(403);
        assertThat(post(Roles.HOUSING, "/api/v1/claims/" + claimId + "/approval", Map.of()).statusCode(200)
                .extract().<String>path("status")).isEqualTo("APPROVED");
        post(Roles.HOUSING, "/api/v1/claims/" + claimId + "/approval", Map.of()).statusCode(409);
        post(Roles.HOUSING, "/api/v1/claims/" + UUID.randomUUID() + "/approval", Map.of()).statusCode(404);

        assertThat(post(Roles.FINANCE, "/api/v1/payments", payment(reference, forClaim,
                new java.math.BigDecimal(due).add(new java.math.BigDecimal("0.01")).toPlainString())).statusCode(422)
                .extract().<String>path("code")).isEqualTo("more-than-due");
        JsonPath paid = post(Roles.FINANCE, "/api/v1/payments", payment(reference, forClaim, due)).statusCode(201)
                .extract().jsonPath();
        assertThat(paid.getList("split.payer")).containsExactly("ZHANGPING_CITY_FINANCE");
        assertThat(paid.getString("familyId")).isEqualTo(family.toString());
        ValidatableResponse repeated = post(Roles.FINANCE, "/api/v1/payments", payment(reference, forClaim, due))
                .statusCode(201);
        assertThat(repeated.extract().<String>path("id")).isEqualTo(paid.getString("id"));
        assertThat(repeated.extract().header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(post(Roles.FINANCE, "/api/v1/payments", payment(reference, forClaim, "1.00")).statusCode(409)
                .extract().<String>path("code")).isEqualTo("payment-reference-used");
        assertThat(post(Roles.FINANCE, "/api/v1/payments", payment("ZPCZ-X" + UUID.randomUUID().toString().substring(0, 8),
                forClaim, "0.01")).statusCode(422).extract().<String>path("code")).isEqualTo("more-than-due");
        given().header("Authorization", TestTokens.bearer(Roles.AUDITOR)).get("/api/v1/payments/" + paid.getString("id"))
                .then().statusCode(200);

        // the event: the amount in fen, the period, the split, no family or child
        List<ConsumerRecord<String, String>> events = TestKafka.read(BenefitEventTypes.PAYMENTS_TOPIC, WAIT,
                rs -> rs.stream().anyMatch(r -> paid.getString("id").equals(r.key())));
        ConsumerRecord<String, String> event = events.stream().filter(r -> paid.getString("id").equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(events.stream().filter(r -> paid.getString("id").equals(r.key()))).hasSize(1);
        assertThat(TestKafka.header(event, "ce_type")).isEqualTo(BenefitEventTypes.PAYMENT_RECORDED_V1);
        JsonNode data = json(event.value());
        long fen = new java.math.BigDecimal(due).movePointRight(2).longValueExact();
        assertThat(data.path("amountFen").asLong()).isEqualTo(fen);
        assertThat(data.path("periodFrom").asText()).isEqualTo("2025-06-20");
        assertThat(data.at("/split/0/amountFen").asLong()).isEqualTo(fen);
        assertThat(event.value()).doesNotContain(family.toString()).doesNotContain(child.toString());

        // a rent claim by the fund, rejected with its reason
        Map<String, Object> rent = new HashMap<>(Map.of("policyCode", "HPF_RENT_WITHDRAWAL_LIMIT", "familyId", family.toString(),
                "birthRegistrationId", child.toString(),
                "rentWithdrawal", Map.of("fromMonth", "2025-01", "toMonth", "2025-03", "noOwnHome", true)));
        post(Roles.HOUSING, "/api/v1/claims", rent).statusCode(403);
        JsonPath rentClaim = post(Roles.HOUSING_FUND, "/api/v1/claims", rent).statusCode(201).extract().jsonPath();
        assertThat(rentClaim.getInt("months")).isEqualTo(3);
        String rentId = rentClaim.getString("id");
        post(Roles.HOUSING_FUND, "/api/v1/claims/" + rentId + "/rejection", Map.of("reason", " ")).statusCode(400);
        assertThat(post(Roles.HOUSING_FUND, "/api/v1/claims/" + rentId + "/rejection", Map.of("reason", "有自有住房"))
                .statusCode(200).extract().<String>path("rejectionReason")).isEqualTo("有自有住房");
        post(Roles.HOUSING_FUND, "/api/v1/claims/" + rentId + "/rejection", Map.of("reason", "again")).statusCode(409);

        // a month of the fee reduction, split 2:8 with the odd fen to the larger remainder
        EnrolmentEventsTest.publish(UUID.randomUUID().toString(),
                EnrolmentEventsTest.enrolment(UUID.randomUUID(), child, 1, "ACTIVE", "1200.06", "2025-03-01", null));
        Map<String, Object> june = Map.of("birthRegistrationId", child.toString(), "policyCode", "CHILDCARE_FEE_REDUCTION",
                "month", "2025-06");
        String monthReference = "ZPCZ-M" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath month = await().atMost(WAIT).until(() -> post(Roles.FINANCE, "/api/v1/payments",
                payment(monthReference, june, "600.03")).extract(), r -> r.statusCode() == 201).jsonPath();
        assertThat(month.getList("split.payer")).containsExactly("LONGYAN_PREFECTURE_FINANCE", "ZHANGPING_CITY_FINANCE");
        assertThat(month.getList("split.amount", String.class)).containsExactly("120.01", "480.02");
        Map<String, Object> later = Map.of("birthRegistrationId", child.toString(), "policyCode", "CHILDCARE_FEE_REDUCTION",
                "month", "2026-02");
        assertThat(post(Roles.FINANCE, "/api/v1/payments", payment("ZPCZ-N" + UUID.randomUUID().toString().substring(0, 8),
                later, "1.00")).statusCode(422).extract().<String>path("code")).isEqualTo("nothing-due");
        post(Roles.FINANCE, "/api/v1/payments", Map.of("reference", "R-1", "amount", 1, "paidOn", "2025-07-01"))
                .statusCode(400);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
