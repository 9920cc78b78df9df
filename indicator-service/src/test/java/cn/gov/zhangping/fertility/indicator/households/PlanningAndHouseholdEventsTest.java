package cn.gov.zhangping.fertility.indicator.households;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Indicators 9-11, 16 and 22-24 from the registry's planning events, the households' reviews and the schemes'
 * payments, on the real broker. Year 2002 is this class's own; its nursery closes at the start of 2003, so the later
 * years other classes use do not see it.
 */
@QuarkusTest
class PlanningAndHouseholdEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOWNSHIP = "350881203";
    private static final String COMMUNITY = TOWNSHIP + "201";

    private static void send(String topic, String source, String type, UUID key, String data) {
        TestKafka.send(topic, key.toString(), data, TestKafka.cloudEvent(UUID.randomUUID().toString(), type, source, key.toString()));
    }

    private static void institution(UUID id, UUID zone, int revision, String status, String changedAt) {
        send(ChildcareEventTypes.INSTITUTIONS_TOPIC, ChildcareEventTypes.SOURCE, ChildcareEventTypes.INSTITUTION_CHANGED_V1, id, """
                {"institutionId":"%s","kind":"COMMUNITY","inclusive":true,"townshipCode":"%s","communityCode":"%s","zoneId":"%s",
                 "status":"%s","totalSlots":40,"inclusiveSlots":30,"revision":%d,"changedAt":"%s"}"""
                .formatted(id, TOWNSHIP, COMMUNITY, zone, status, revision, changedAt));
    }

    private static void zone(UUID id, String kind, int residents) {
        send(ChildcarePlanningEventTypes.TOPIC, ChildcareEventTypes.SOURCE, ChildcarePlanningEventTypes.ZONE_CHANGED_V1, id, """
                {"zoneId":"%s","code":"%sZ%03d","townshipCode":"%s","communityCode":"%s","kind":"%s","residents":%d,
                 "revision":1,"changedAt":"2002-02-01T00:00:00Z"}"""
                .formatted(id, TOWNSHIP, Math.abs(id.hashCode()) % 1000, TOWNSHIP, COMMUNITY, kind, residents));
    }

    private static void training(UUID id, int revision, int trained) {
        send(ChildcarePlanningEventTypes.TOPIC, ChildcareEventTypes.SOURCE, ChildcarePlanningEventTypes.TRAINING_RECORDED_V1, id, """
                {"cohortId":"%s","townshipCode":"%s","startDate":"2002-03-01","endDate":"2002-06-30","trained":%d,"certified":10,
                 "revision":%d,"changedAt":"2002-07-0%dT00:00:00Z"}""".formatted(id, TOWNSHIP, trained, revision, revision));
    }

    private static void place(UUID id, boolean required, boolean present) {
        send(ChildcarePlanningEventTypes.TOPIC, ChildcareEventTypes.SOURCE, ChildcarePlanningEventTypes.ROOM_CHANGED_V1, id, """
                {"placeId":"%s","kind":"TRANSPORT_HUB","townshipCode":"%s","roomRequired":%s,"requiredBy":%s,"roomPresent":%s,
                 "roomOpenedOn":%s,"roomMeetsStandard":%s,"revision":1,"changedAt":"2002-05-01T00:00:00Z"}"""
                .formatted(id, TOWNSHIP, required, required ? "\"GUIDANCE_2016_63\"" : "null", present,
                        present ? "\"2002-04-01\"" : "null", present));
    }

    private static void review(UUID household, UUID review, String confirmedAt, String secondVerification) {
        send(HouseholdEventTypes.TOPIC, HouseholdEventTypes.SOURCE, HouseholdEventTypes.REVIEW_COMPLETED_V1, household, """
                {"reviewId":"%s","year":2002,"householdId":"%s","scheme":"SPECIAL_ASSISTANCE","townshipCode":"%s",
                 "yearlyAmountYuan":7080.00,"recipients":[
                  {"memberId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","change":"CONTINUING","reason":"STILL_ELIGIBLE","monthsDue":12,
                   "amountDueYuan":7080.00,"verification":"ACCURATE","insuranceEnrolled":true},
                  {"memberId":"7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e","change":"CONTINUING","reason":"STILL_ELIGIBLE","monthsDue":12,
                   "amountDueYuan":7080.00,"verification":"%s","inaccuracyReason":%s,"insuranceEnrolled":false}],
                 "confirmedAt":"%s"}"""
                .formatted(review, household, TOWNSHIP, secondVerification,
                        "ACCURATE".equals(secondVerification) ? "null" : "\"MOVED\"", confirmedAt));
    }

    private static void payment(UUID id, String policy, long fen) {
        send(BenefitEventTypes.PAYMENTS_TOPIC, BenefitEventTypes.SOURCE, BenefitEventTypes.PAYMENT_RECORDED_V1, id, """
                {"paymentId":"%s","policyCode":"%s","amountFen":%d,"periodFrom":"2002-01-01","periodTo":"2002-12-31",
                 "paidOn":"2002-12-20","split":[{"payer":"CENTRAL","amountFen":%d}],"recordedAt":"2002-12-20T08:00:00Z"}"""
                .formatted(id, policy, fen, fen));
    }

    private static JsonPath figures(int year) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", year)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
    }

    private static long numerator(JsonPath f, int n) {
        return f.getLong("find { it.number == " + n + " }.numerator");
    }

    private static long denominator(JsonPath f, int n) {
        return f.getLong("find { it.number == " + n + " }.denominator");
    }

    @Test
    void theYearsPlanningAndHouseholdFiguresComeFromTheirEvents() {
        UUID nursery = UUID.randomUUID();
        UUID newZone = UUID.randomUUID();
        UUID builtZone = UUID.randomUUID();
        zone(newZone, "NEW", 3_000);      // 30 inclusive slots: exactly 10 per 1,000
        zone(builtZone, "BUILT", 1_000);  // no nursery: short of 3 per 1,000
        institution(nursery, newZone, 1, "OPERATING", "2002-03-01T00:00:00Z");
        institution(nursery, newZone, 2, "CLOSED", "2003-01-01T00:00:00Z");
        UUID cohort = UUID.randomUUID();
        training(cohort, 1, 150);
        training(cohort, 2, 120);   // a correction: the cohort counts once, as corrected
        training(cohort, 1, 150);   // a stale repeat changes nothing
        place(UUID.randomUUID(), true, true);
        place(UUID.randomUUID(), true, false);
        place(UUID.randomUUID(), false, false);
        UUID household = UUID.randomUUID();
        review(household, UUID.randomUUID(), "2002-11-01T00:00:00Z", "ACCURATE");
        review(household, UUID.randomUUID(), "2002-11-20T00:00:00Z", "INACCURATE");  // confirmed again: this one holds
        UUID paid = UUID.randomUUID();
        payment(paid, "SPECIAL_FAMILY_ASSISTANCE", 708_000);
        payment(paid, "SPECIAL_FAMILY_ASSISTANCE", 708_000);
        payment(UUID.randomUUID(), "HOME_PURCHASE_SUBSIDY", 2_000_000);  // not a household scheme

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonPath f = figures(2002);
            assertThat(numerator(f, 9)).isEqualTo(1);
            assertThat(denominator(f, 9)).isEqualTo(1);
            assertThat(numerator(f, 10)).isZero();
            assertThat(numerator(f, 11)).isEqualTo(120);
            assertThat(numerator(f, 16)).isEqualTo(1);
            assertThat(denominator(f, 16)).isEqualTo(2);
            assertThat(numerator(f, 22)).isEqualTo(1);
            assertThat(denominator(f, 22)).isEqualTo(2);
            assertThat(numerator(f, 23)).isEqualTo(708_000);
        });
        JsonPath f = figures(2002);
        assertThat(denominator(f, 23)).isEqualTo(1_416_000);
        assertThat(f.getDouble("find { it.number == 23 }.value")).isEqualTo(50.0);
        assertThat(f.getString("find { it.number == 23 }.intervalMethod")).isEqualTo("NONE");
        assertThat(numerator(f, 24)).isEqualTo(1);
        assertThat(denominator(f, 24)).isEqualTo(2);
        // the nursery closed at the start of 2003: the new zone no longer meets its standard
        assertThat(numerator(figures(2003), 9)).isZero();
    }
}
