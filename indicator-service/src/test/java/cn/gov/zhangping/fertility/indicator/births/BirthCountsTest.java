package cn.gov.zhangping.fertility.indicator.births;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthCountsTest {

    @Inject
    EntityManager em;

    private static String birth(UUID id, String sex, String birthDate, String township) {
        return BirthRegisteredEvents.data(id, Map.of("sex", sex, "birthDate", birthDate, "townshipCode", township,
                "communityCode", township + "001", "rural", true));
    }

    private static void publish(String eventId, UUID registrationId, String json) {
        BirthRegisteredEvents.publish(eventId, registrationId, json);
    }

    private static JsonPath counts(int year) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", year)
                .when().get("/api/v1/birth-counts")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long township(JsonPath counts, String code, String field) {
        return counts.getLong("byTownship.find { it.townshipCode == '" + code + "' }." + field);
    }

    @Test
    void countsEachBirthByYearTownshipAndSex() {
        int year = 2011;
        UUID boy = UUID.randomUUID();
        UUID girl = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), boy, birth(boy, "MALE", year + "-03-01", "350881101"));
        publish(UUID.randomUUID().toString(), girl, birth(girl, "FEMALE", year + "-12-31", "350881101"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(counts(year).getLong("total")).isEqualTo(2));
        JsonPath c = counts(year);
        assertThat(c.getLong("male")).isEqualTo(1);
        assertThat(c.getLong("female")).isEqualTo(1);
        assertThat(township(c, "350881101", "total")).isEqualTo(2);
        assertThat(township(c, "350881001", "total")).isZero();
        assertThat(c.getList("byTownship")).hasSize(16);
        assertThat(counts(year + 1).getLong("total")).isZero();
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        int year = 2012;
        UUID child = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = birth(child, "FEMALE", year + "-06-15", "350881203");
        publish(eventId, child, json);
        publish(eventId, child, json);
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), marker, birth(marker, "MALE", year + "-06-16", "350881204"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(township(counts(year), "350881204", "total")).isEqualTo(1));
        assertThat(counts(year).getLong("total")).isEqualTo(2);
        assertThat(township(counts(year), "350881203", "female")).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        int year = 2013;
        UUID bad = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), bad, "{ not json");
        UUID unknownVersion = UUID.randomUUID();
        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.UNKNOWN_VERSION_TYPE, UUID.randomUUID().toString(),
                unknownVersion, birth(unknownVersion, "MALE", year + "-01-01", "350881102"));
        UUID badTownship = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), badTownship, birth(badTownship, "MALE", year + "-01-01", "350881999"));
        UUID good = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), good, birth(good, "MALE", year + "-01-02", "350881102"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(counts(year).getLong("total")).isEqualTo(1));
        var dead = TestKafka.read(BirthRegisteredEvents.DEAD_LETTER_TOPIC, Duration.ofSeconds(20), rs -> rs.stream()
                .map(r -> r.key()).toList().containsAll(java.util.List.of(bad.toString(), unknownVersion.toString(), badTownship.toString())));
        var keys = dead.stream().map(r -> r.key()).toList();
        assertThat(keys).contains(bad.toString(), unknownVersion.toString(), badTownship.toString());
        assertThat(keys).doesNotContain(good.toString());
        assertThat(TestKafka.deadLetterReason(dead, unknownVersion)).contains("unsupported event type");
    }

    @Test
    void eventsInFlightDuringADatabaseOutageAreCountedOnceAfterItAndNoneIsDeadLettered() {
        assumeTrue(TestDatabase.canBeStopped(), "the database of this test run cannot be stopped");
        int year = 2014;
        List<UUID> births = DatabaseOutage.withEventsInFlight(10, id -> birth(id, "MALE", year + "-05-05", "350881107"));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(counts(year).getLong("total")).isEqualTo(births.size()));
        given().when().get("/q/health/ready").then().statusCode(200);
        DatabaseOutage.assertNoneDeadLettered(births);
    }

    @Test
    void yearIsRequiredAndBounded() {
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get("/api/v1/birth-counts")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", 1800)
                .when().get("/api/v1/birth-counts")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", "abc")
                .when().get("/api/v1/birth-counts")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-parameter"));
    }

    @Test
    void readsNeedAToken() {
        given().queryParam("year", 2026).when().get("/api/v1/birth-counts").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("nobody")).queryParam("year", 2026)
                .when().get("/api/v1/birth-counts").then().statusCode(403).body("code", equalTo("forbidden"));
    }
}
