package cn.gov.zhangping.fertility.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.awaitility.Awaitility;

/**
 * A third child's benefits across the four services: family-support registers the birth, the childcare registry
 * enrols the child at a public inclusive nursery (the fee reduction of plan task 8), and benefit-service books the
 * reduction from the enrolment, takes the family's home purchase subsidy claim (task 12) through approval and records
 * the payments of both, each split between its payers. Every step goes through the public APIs of the running suite
 * and the events between the services through the real broker.
 *
 * <p>The child was born on 2024-06-15 and attends from 2025-09-01, so the plan's own measures (2023-04-10 to
 * 2025-12-31) give the reduction for September to December 2025 and nothing after; the family signed its purchase
 * contract on 2025-06-20, with the child born. It lives in a township the other journeys of the suite do not use.
 */
final class ThirdChildJourney {

    static final String TOWNSHIP = "350881105";
    static final String COMMUNITY = TOWNSHIP + "001";
    static final LocalDate BORN = LocalDate.of(2024, 6, 15);

    private final Suite suite;
    private final String reader;
    private final String administrator;
    private final String registrar;
    private final String housing;
    private final String finance;

    ThirdChildJourney(Suite suite) throws Exception {
        this.suite = suite;
        this.reader = bearer("reader");
        this.administrator = bearer("administrator");
        this.registrar = bearer("registrar");
        this.housing = bearer("housing");
        this.finance = bearer("finance");
    }

    private String bearer(String role) throws Exception {
        return "Bearer " + suite.token(role);
    }

    /** Runs the journey and checks every step; returns the child's birth registration id. */
    String run() {
        publishCommunity();
        JsonPath birth = registerThirdChild();
        String child = birth.getString("id");
        String family = birth.getString("familyId");
        assertThat(birth.getInt("birthOrder")).as("derived birth order").isEqualTo(3);
        assertThat(family).as("the registration names the mother's family").isNotBlank();

        String nursery = openPublicInclusiveNursery();
        JsonPath enrolment = enrolWhenRegistered(nursery, child);
        assertThat(enrolment.getString("status")).isEqualTo("ACTIVE");
        assertThat(yuan(enrolment.get("reductionRatio"))).isEqualTo("0.50");
        assertThat(yuan(enrolment.get("reducedFee"))).isEqualTo("600.03");

        // the reduction booked from the enrolment event: 4 months at 600.03, split 2:8 with the odd fen to the larger
        // remainder
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> {
                    Map<String, Object> reduction = entitlement(child, "CHILDCARE_FEE_REDUCTION", "2025-10-01");
                    assertThat(reduction.get("state")).isEqualTo("ACTIVE");
                    List<Map<String, Object>> periods = periods(reduction);
                    Map<String, Object> booked = periods.stream().filter(p -> p.get("monthlyAmount") != null)
                            .findFirst().orElseThrow();
                    assertThat(booked.get("months")).isEqualTo(4);
                    assertThat(yuan(booked.get("monthlyAmount"))).isEqualTo("600.03");
                    assertThat(yuan(booked.get("amount"))).isEqualTo("2400.12");
                    assertThat(split(booked.get("monthlySplit")))
                            .isEqualTo(Map.of("LONGYAN_PREFECTURE_FINANCE", "120.01", "ZHANGPING_CITY_FINANCE", "480.02"));
                });
        Map<String, Object> afterThePlan = entitlement(child, "CHILDCARE_FEE_REDUCTION", "2026-06-01");
        assertThat(afterThePlan.get("state")).as("the reduction after the plan's period").isIn("ENDED", "NOT_ELIGIBLE");

        // one month of the reduction paid by finance: split as the entitlement says
        JsonPath monthPaid = pay(Map.of("reference", "ZPCZ-E2E-FEE-202509", "birthRegistrationId", child,
                "policyCode", "CHILDCARE_FEE_REDUCTION", "month", "2025-09", "amount", new BigDecimal("600.03"), "paidOn", "2025-10-10"), 201);
        assertThat(split(monthPaid.get("split")))
                .isEqualTo(Map.of("LONGYAN_PREFECTURE_FINANCE", "120.01", "ZHANGPING_CITY_FINANCE", "480.02"));
        // the same month again under another voucher: nothing is left to pay
        assertThat(payment(Map.of("reference", "ZPCZ-E2E-FEE-202509-B", "birthRegistrationId", child,
                "policyCode", "CHILDCARE_FEE_REDUCTION", "month", "2025-09", "amount", new BigDecimal("0.01"), "paidOn", "2025-10-11"))
                .statusCode()).isBetween(400, 499);

        // the home purchase subsidy: claimed by the housing bureau, approved, paid once
        String claim = submitHomePurchaseClaim(family, child);
        JsonPath approved = given().header("Authorization", housing).when()
                .post(suite.url(BirthFanOut.BENEFIT) + "/api/v1/claims/" + claim + "/approval")
                .then().statusCode(200).extract().jsonPath();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        Map<String, Object> subsidyPayment = Map.of("reference", "ZPCZ-E2E-HOME-0001", "claimId", claim,
                "amount", new BigDecimal("20000.00"), "paidOn", "2025-07-01");
        JsonPath paid = pay(subsidyPayment, 201);
        assertThat(split(paid.get("split"))).isEqualTo(Map.of("ZHANGPING_CITY_FINANCE", "20000.00"));
        ExtractableResponse<Response> again = payment(subsidyPayment);
        assertThat(again.statusCode()).as("the same payment recorded again").isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(paid.getString("id"));
        assertThat(payment(Map.of("reference", "ZPCZ-E2E-HOME-0002", "claimId", claim, "amount", new BigDecimal("0.01"),
                "paidOn", "2025-07-02")).statusCode()).as("a second voucher for a claim paid in full").isBetween(400, 499);

        // the family's view lists the third child with the reduction
        JsonPath familyView = given().header("Authorization", reader).queryParam("asOf", "2025-10-01")
                .when().get(suite.url(BirthFanOut.BENEFIT) + "/api/v1/families/" + family + "/entitlements")
                .then().statusCode(200).extract().jsonPath();
        assertThat(familyView.getList("children.birthRegistrationId")).contains(child);
        assertThat(familyView.getList("children.find { it.birthRegistrationId == '" + child
                + "' }.entitlements.findAll { it.state == 'ACTIVE' }.policyCode")).contains("CHILDCARE_FEE_REDUCTION");
        return child;
    }

    private void publishCommunity() {
        given().header("Authorization", administrator).contentType(ContentType.JSON)
                .body(Map.of("code", COMMUNITY, "townshipCode", TOWNSHIP, "name", "东关社区", "areaType", "URBAN",
                        "populations", List.of(Map.of("year", 2025, "residents", 6400))))
                .when().post(suite.url(BirthFanOut.CHILDCARE) + "/api/v1/communities")
                .then().log().ifValidationFails().statusCode(201);
    }

    private JsonPath registerThirdChild() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("motherIdNumber", BirthFanOut.idNumber("350881", LocalDate.of(1987, 4, 2), 871));
        body.put("childName", "旅程丙");
        body.put("sex", "FEMALE");
        body.put("birthDate", BORN.toString());
        body.put("birthOrder", 3);
        body.put("townshipCode", TOWNSHIP);
        body.put("communityCode", COMMUNITY);
        body.put("hospital", "漳平市医院");
        body.put("specialFamily", false);
        body.put("rural", false);
        body.put("earlierChildren", BirthFanOut.earlierChildren(BORN, 3));
        return given().header("Authorization", registrar).header("Idempotency-Key", "third-child-journey")
                .contentType(ContentType.JSON).body(body)
                .when().post(suite.url(BirthFanOut.FAMILY) + "/api/v1/birth-registrations")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    private String openPublicInclusiveNursery() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "东关社区托育园");
        body.put("creditCode", "91350100M000100Y43");
        body.put("kind", "PUBLIC_INCLUSIVE");
        body.put("inclusive", true);
        body.put("townshipCode", TOWNSHIP);
        body.put("communityCode", COMMUNITY);
        body.put("address", "东关路 8 号");
        body.put("totalSlots", 30);
        body.put("inclusiveSlots", 20);
        body.put("ageGroups", List.of("FROM_1_TO_2", "FROM_2_TO_3"));
        body.put("monthlyFee", new BigDecimal("1200.06"));
        body.put("operator", "漳平市国有资产投资集团");
        String id = given().header("Authorization", registrar).contentType(ContentType.JSON).body(body)
                .when().post(suite.url(BirthFanOut.CHILDCARE) + "/api/v1/childcare-institutions")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        for (String status : List.of("FILED", "OPERATING")) {
            given().header("Authorization", registrar).contentType(ContentType.JSON)
                    .body(Map.of("status", status, "reason", "备案"))
                    .when().post(suite.url(BirthFanOut.CHILDCARE) + "/api/v1/childcare-institutions/" + id + "/status-changes")
                    .then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                            .and(org.hamcrest.Matchers.lessThan(300)));
        }
        return id;
    }

    /** Enrols the child once the registry has read its birth (422 child-not-registered until then). */
    private JsonPath enrolWhenRegistered(String nursery, String child) {
        Map<String, Object> body = Map.of("institutionId", nursery, "childRegistrationId", child, "startDate", "2025-09-01");
        JsonPath[] enrolled = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ExtractableResponse<Response> response = given().header("Authorization", registrar)
                    .contentType(ContentType.JSON).body(body)
                    .when().post(suite.url(BirthFanOut.CHILDCARE) + "/api/v1/enrolments").then().extract();
            if (response.statusCode() == 422 && "child-not-registered".equals(problemCode(response))) {
                return false;
            }
            assertThat(response.statusCode()).as("enrolment: %s", response.asString()).isEqualTo(201);
            enrolled[0] = response.jsonPath();
            return true;
        });
        return enrolled[0];
    }

    private static String problemCode(ExtractableResponse<Response> response) {
        String type = response.jsonPath().getString("type");
        return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    }

    private String submitHomePurchaseClaim(String family, String child) {
        Map<String, Object> purchase = Map.of("contractNumber", "漳房网签2025-E2E001", "contractDate", "2025-06-20",
                "newCommercialHousing", true, "contractAmount", new BigDecimal("856000.00"));
        JsonPath claim = given().header("Authorization", housing).header("Idempotency-Key", "third-child-journey-home")
                .contentType(ContentType.JSON)
                .body(Map.of("policyCode", "HOME_PURCHASE_SUBSIDY", "familyId", family, "birthRegistrationId", child,
                        "homePurchase", purchase))
                .when().post(suite.url(BirthFanOut.BENEFIT) + "/api/v1/claims")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        assertThat(claim.getString("status")).isEqualTo("SUBMITTED");
        assertThat(yuan(claim.get("amount"))).isEqualTo("20000.00");
        return claim.getString("id");
    }

    private JsonPath pay(Map<String, Object> body, int status) {
        ExtractableResponse<Response> response = payment(body);
        assertThat(response.statusCode()).as("payment: %s", response.asString()).isEqualTo(status);
        return response.jsonPath();
    }

    private ExtractableResponse<Response> payment(Map<String, Object> body) {
        return given().header("Authorization", finance).contentType(ContentType.JSON).body(body)
                .when().post(suite.url(BirthFanOut.BENEFIT) + "/api/v1/payments").then().extract();
    }

    private Map<String, Object> entitlement(String child, String policy, String asOf) {
        JsonPath json = given().header("Authorization", reader).queryParam("birthRegistrationId", child)
                .queryParam("asOf", asOf)
                .when().get(suite.url(BirthFanOut.BENEFIT) + "/api/v1/entitlements").then().statusCode(200)
                .extract().jsonPath();
        return json.getMap("entitlements.find { it.policyCode == '" + policy + "' }");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> periods(Map<String, Object> entitlement) {
        return (List<Map<String, Object>>) entitlement.get("periods");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> split(Object shares) {
        Map<String, String> byPayer = new LinkedHashMap<>();
        for (Map<String, Object> share : (List<Map<String, Object>>) shares) {
            byPayer.put((String) share.get("payer"), yuan(share.get("amount")));
        }
        return byPayer;
    }

    /** An amount of a JSON answer with two decimals, whichever number type the parser chose for it. */
    private static String yuan(Object amount) {
        return new BigDecimal(amount.toString()).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
