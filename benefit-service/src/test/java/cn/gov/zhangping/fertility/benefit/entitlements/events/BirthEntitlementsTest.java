package cn.gov.zhangping.fertility.benefit.entitlements.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.DatabaseOutage;
import cn.gov.zhangping.fertility.platform.testkit.TestDatabase;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthEntitlementsTest {

    @Inject
    EntityManager em;

    private static final String SOURCE = BirthRegisteredEvents.SOURCE;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String birth(UUID id, String birthDate, int birthOrder, boolean specialFamily) {
        return BirthRegisteredEvents.data(id, Map.of("birthDate", birthDate, "birthOrder", birthOrder,
                "specialFamily", specialFamily));
    }

    private static void publish(String eventId, UUID registrationId, String json) {
        BirthRegisteredEvents.publish(eventId, registrationId, json);
    }

    private static UUID publishBirth(String birthDate, int birthOrder, boolean specialFamily) {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), id, birth(id, birthDate, birthOrder, specialFamily));
        return id;
    }

    private static JsonPath entitlements(UUID registrationId) {
        return given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", registrationId.toString())
                .when().get("/api/v1/entitlements")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitEntitlements(UUID registrationId, int expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(entitlements(registrationId).getLong("totalItems")).isEqualTo(expected));
        return entitlements(registrationId);
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM inbox_event WHERE source = :source AND event_id = :id")
                .setParameter("source", SOURCE).setParameter("id", eventId).getSingleResult()).longValue());
    }

    /** Waits until the consumer has committed the event (its inbox row exists). */
    private void awaitProcessed(String eventId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(inboxRows(eventId)).isEqualTo(1));
    }

    private static List<Map<String, Object>> items(JsonPath page) {
        return page.getList("items");
    }

    private static Map<String, Object> item(JsonPath page, String code, String beneficiary) {
        return items(page).stream().filter(i -> code.equals(i.get("code")) && beneficiary.equals(i.get("beneficiary")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " for " + beneficiary));
    }

    @Test
    void aSecondChildGivesEachParentParentalLeaveAndTheChildANutritionPack() {
        UUID child = publishBirth("2025-05-20", 2, false);
        JsonPath page = awaitEntitlements(child, 3);
        assertThat(items(page)).extracting(i -> i.get("code"), i -> i.get("beneficiary")).containsExactlyInAnyOrder(
                tuple("PARENTAL_LEAVE", "MOTHER"), tuple("PARENTAL_LEAVE", "FATHER"), tuple("NUTRITION_PACK", "CHILD"));
        for (String parent : List.of("MOTHER", "FATHER")) {
            Map<String, Object> leave = item(page, "PARENTAL_LEAVE", parent);
            assertThat(leave).containsEntry("quantity", 10).containsEntry("unit", "DAYS_PER_YEAR")
                    .containsEntry("validFrom", "2025-05-20").containsEntry("validUntil", "2028-05-19")
                    .containsEntry("status", "ELIGIBLE").containsEntry("birthRegistrationId", child.toString())
                    .containsEntry("source", "漳政办规〔2023〕2号 二(四)11");
            assertThat(leave.get("percent")).isNull();
            assertThat((List<?>) leave.get("costShare")).isEmpty();
        }
        Map<String, Object> pack = item(page, "NUTRITION_PACK", "CHILD");
        assertThat(pack).containsEntry("validFrom", "2025-11-20").containsEntry("validUntil", "2027-05-19")
                .containsEntry("source", "漳政办规〔2023〕2号 二(二)6");
        assertThat(((Number) pack.get("percent")).doubleValue()).isEqualTo(100.0);
    }

    @Test
    void aThirdChildAlsoGetsHalfTheChildcareFeeWaivedPaidByLongyanAndZhangpingTwoToEight() {
        UUID child = publishBirth("2026-03-31", 3, false);
        JsonPath page = awaitEntitlements(child, 4);
        Map<String, Object> fee = item(page, "CHILDCARE_FEE_REDUCTION", "CHILD");
        assertThat(((Number) fee.get("percent")).doubleValue()).isEqualTo(50.0);
        assertThat(fee).containsEntry("status", "ELIGIBLE").containsEntry("ruleCode", "CHILDCARE_FEE_THIRD_CHILD_2023")
                .containsEntry("validFrom", "2026-03-31").containsEntry("validUntil", "2029-03-30")
                .containsEntry("source", "漳政办规〔2023〕2号 二(三)8");
        assertThat(page.getList("items.find { it.code == 'CHILDCARE_FEE_REDUCTION' }.costShare.payer"))
                .containsExactly("LONGYAN_PREFECTURE_FINANCE", "ZHANGPING_CITY_FINANCE");
        assertThat(page.getList("items.find { it.code == 'CHILDCARE_FEE_REDUCTION' }.costShare.parts", Integer.class))
                .containsExactly(2, 8);
        assertThat(page.getList("items.find { it.code == 'CHILDCARE_FEE_REDUCTION' }.costShare.percent", Double.class))
                .containsExactly(20.0, 80.0);
        // born 31 March: 6 months old on 1 October (there is no 31 September)
        assertThat(item(page, "NUTRITION_PACK", "CHILD")).containsEntry("validFrom", "2026-10-01");
    }

    @Test
    void underReviewTheChildcareFeeCutIsHeldUntilAReviewerConfirms() {
        UUID child = UUID.randomUUID();
        String registered = BirthRegisteredEvents.data(child, Map.of("birthDate", "2026-04-01", "birthOrder", 3,
                "specialFamily", false, "reviewPending", true, "familyId", UUID.randomUUID().toString()));
        publish(UUID.randomUUID().toString(), child, registered);
        JsonPath page = awaitEntitlements(child, 4);
        assertThat(item(page, "CHILDCARE_FEE_REDUCTION", "CHILD")).containsEntry("status", "HELD");
        assertThat(page.getList("items.find { it.code == 'CHILDCARE_FEE_REDUCTION' }.history.change"))
                .containsExactly("HELD");
        assertThat(item(page, "NUTRITION_PACK", "CHILD")).containsEntry("status", "ELIGIBLE");

        String eventId = UUID.randomUUID().toString();
        String reviewed = "{\"registrationId\":\"" + child + "\",\"revision\":2,\"birthOrder\":3,"
                + "\"reviewPending\":false,\"confirmedFindings\":[\"BIRTH_ORDER_DISAGREES\"],"
                + "\"reviewedAt\":\"2026-04-03T08:00:00Z\"}";
        BirthRegisteredEvents.publishAs("cn.gov.zhangping.fertility.birth.registration-reviewed.v1", eventId, child, reviewed);
        awaitProcessed(eventId);
        JsonPath after = entitlements(child);
        assertThat(item(after, "CHILDCARE_FEE_REDUCTION", "CHILD")).containsEntry("status", "ELIGIBLE");
        assertThat(after.getList("items.find { it.code == 'CHILDCARE_FEE_REDUCTION' }.history.change"))
                .containsExactly("HELD", "RELEASED");
    }

    @Test
    void aChildOfASpecialFamilyGetsTheWholeChildcareFeeWaived() {
        UUID second = publishBirth("2026-02-10", 2, true);
        UUID third = publishBirth("2026-02-11", 3, true);
        for (UUID child : List.of(second, third)) {
            JsonPath page = awaitEntitlements(child, 4);
            Map<String, Object> fee = item(page, "CHILDCARE_FEE_REDUCTION", "CHILD");
            assertThat(((Number) fee.get("percent")).doubleValue()).isEqualTo(100.0);
            assertThat(fee).containsEntry("ruleCode", "CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        }
    }

    @Test
    void aChildBornOn29FebruaryHasParentalLeaveUntil28FebruaryOfTheYearItTurnsThree() {
        UUID child = publishBirth("2024-02-29", 1, false);
        JsonPath page = awaitEntitlements(child, 3);
        assertThat(item(page, "PARENTAL_LEAVE", "MOTHER")).containsEntry("validUntil", "2027-02-28");
        assertThat(item(page, "NUTRITION_PACK", "CHILD")).containsEntry("validFrom", "2024-08-29")
                .containsEntry("validUntil", "2026-02-28");
    }

    @Test
    void aBirthBeforeThePlanTookEffectEntitlesToNothingHere() {
        UUID before = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, before, birth(before, "2023-04-09", 3, true));
        awaitProcessed(eventId);
        assertThat(entitlements(before).getLong("totalItems")).isZero();
        UUID firstDay = publishBirth("2023-04-10", 3, true);
        awaitEntitlements(firstDay, 4);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID child = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = birth(child, "2026-01-15", 3, false);
        publish(eventId, child, json);
        JsonPath first = awaitEntitlements(child, 4);
        publish(eventId, child, json);
        // the same birth announced again under another event id is recognised by its registration id
        String anotherEventId = UUID.randomUUID().toString();
        publish(anotherEventId, child, json);
        // same key, same partition: once the last one is processed, so is the redelivery before it
        awaitProcessed(anotherEventId);
        JsonPath again = entitlements(child);
        assertThat(again.getLong("totalItems")).isEqualTo(4);
        assertThat(again.getList("items.id")).containsExactlyInAnyOrderElementsOf(first.getList("items.id"));
        assertThat(inboxRows(eventId)).isEqualTo(1);
        List<ConsumerRecord<String, String>> dead = TestKafka.read(BirthRegisteredEvents.DEAD_LETTER_TOPIC, Duration.ofSeconds(2), rs -> false);
        assertThat(dead).extracting(ConsumerRecord::key).doesNotContain(child.toString());
    }

    @Test
    void eventsInFlightDuringADatabaseOutageAreAppliedOnceAfterItAndNoneIsDeadLettered() {
        assumeTrue(TestDatabase.canBeStopped(), "the database of this test run cannot be stopped");
        List<UUID> births = DatabaseOutage.withEventsInFlight(10, id -> birth(id, "2026-01-15", 3, false));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(births)
                .allSatisfy(child -> assertThat(entitlements(child).getLong("totalItems")).isEqualTo(4)));
        given().when().get("/q/health/ready").then().statusCode(200);
        DatabaseOutage.assertNoneDeadLettered(births);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        UUID malformed = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), malformed, "{ not json");

        UUID unknownVersion = UUID.randomUUID();
        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.UNKNOWN_VERSION_TYPE, UUID.randomUUID().toString(),
                unknownVersion, birth(unknownVersion, "2026-01-01", 3, false));

        UUID zeroOrder = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), zeroOrder, birth(zeroOrder, "2026-01-01", 0, false));

        UUID noFlag = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), noFlag, """
                {"registrationId":"%s","sex":"MALE","birthDate":"2026-01-01","birthOrder":3,"townshipCode":"350881001",
                 "communityCode":"350881001003","rural":false,"registeredAt":"2026-11-20T08:00:00Z"}""".formatted(noFlag));

        UUID good = publishBirth("2026-01-02", 3, false);
        awaitEntitlements(good, 4);

        List<String> poisoned = List.of(malformed.toString(), unknownVersion.toString(), zeroOrder.toString(), noFlag.toString());
        List<ConsumerRecord<String, String>> dead = TestKafka.read(BirthRegisteredEvents.DEAD_LETTER_TOPIC, WAIT,
                rs -> rs.stream().map(ConsumerRecord::key).toList().containsAll(poisoned));
        assertThat(dead).extracting(ConsumerRecord::key).containsAll(poisoned).doesNotContain(good.toString());
        assertThat(TestKafka.deadLetterReason(dead, unknownVersion)).contains("unsupported event type");
        assertThat(dead.stream().filter(r -> unknownVersion.toString().equals(r.key())))
                .extracting(r -> TestKafka.header(r, "dead-letter-consumer-group")).containsOnly("benefit-service");
        assertThat(TestKafka.deadLetterReason(dead, malformed)).contains("not a readable");
        assertThat(TestKafka.deadLetterReason(dead, zeroOrder)).contains("birthOrder");
        assertThat(TestKafka.deadLetterReason(dead, noFlag)).contains("specialFamily");
        for (String key : poisoned) {
            assertThat(entitlements(UUID.fromString(key)).getLong("totalItems")).as(key).isZero();
        }
    }
}
