package cn.gov.zhangping.fertility.childcare.demand;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.DatabaseOutage;
import cn.gov.zhangping.fertility.platform.testkit.TestDatabase;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Each test uses townships of its own, so that the counts of one test never include another test's children. */
@QuarkusTest
class ChildcareDemandTest {

    private static final String PATH = "/api/v1/childcare-demand";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String birth(UUID id, String birthDate, String township, String community) {
        return BirthRegisteredEvents.data(id, Map.of("birthDate", birthDate, "birthOrder", 2, "townshipCode", township,
                "communityCode", community));
    }

    private static UUID publish(String birthDate, String community) {
        UUID child = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), child, birth(child, birthDate, community.substring(0, 9), community));
        return child;
    }

    private static void publish(String eventId, UUID registrationId, String json) {
        BirthRegisteredEvents.publish(eventId, registrationId, json);
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    private static JsonPath demand(String township, String date) {
        RequestSpecification request = as("reader").queryParam("townshipCode", township);
        if (date != null) {
            request.queryParam("date", date);
        }
        return request.when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static long total(String township, String date) {
        return demand(township, date).getLong("total");
    }

    /** communityCode → children, in the order of the response. */
    private static Map<String, Long> byCommunity(String township, String date) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Map<String, Object> c : demand(township, date).<Map<String, Object>>getList("byCommunity")) {
            result.put((String) c.get("communityCode"), ((Number) c.get("children")).longValue());
        }
        return result;
    }

    @Test
    void countsChildrenUnder3OnTheDateByCommunity() {
        String township = "350881105";
        publish("2025-12-31", "350881105002");
        publish("2024-01-10", "350881105002");
        publish("2023-06-01", "350881105001"); // turns 3 on 2026-06-01
        publish("2023-05-31", "350881105001"); // turns 3 on 2026-05-31
        publish("2023-06-02", "350881105003"); // turns 3 on 2026-06-02
        publish("2026-06-01", "350881105004");
        publish("2026-06-02", "350881105005");
        publish("2024-02-29", "350881105006"); // turns 3 on 2027-03-01

        // every child is stored: six of them are under 3 on 2026-05-30, the four others on 2027-02-28
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(total(township, "2026-05-30")).isEqualTo(6);
            assertThat(total(township, "2027-02-28")).isEqualTo(4);
        });

        JsonPath d = demand(township, "2026-06-01");
        assertThat(d.getString("townshipCode")).isEqualTo(township);
        assertThat(d.getString("townshipName")).isEqualTo("拱桥镇");
        assertThat(d.getString("date")).isEqualTo("2026-06-01");
        assertThat(d.getInt("ageLimitYears")).isEqualTo(3);
        assertThat(d.getString("ageLimitSource")).contains("漳政办规〔2023〕2号 二(三)9");
        assertThat(d.getLong("total")).isEqualTo(5);
        // 350881105001: both children are 3 or older; 350881105005: born after the date
        assertThat(byCommunity(township, "2026-06-01")).containsExactly(
                entry("350881105002", 2L), entry("350881105003", 1L), entry("350881105004", 1L), entry("350881105006", 1L));
        // the next day the child born 2023-06-02 has turned 3 and the one born 2026-06-02 is counted
        assertThat(byCommunity(township, "2026-06-02")).containsExactly(
                entry("350881105002", 2L), entry("350881105004", 1L), entry("350881105005", 1L), entry("350881105006", 1L));
        // born on 29 February 2024: still under 3 on 28 February 2027, 3 on 1 March 2027
        assertThat(byCommunity(township, "2027-02-28")).containsExactly(
                entry("350881105002", 1L), entry("350881105004", 1L), entry("350881105005", 1L), entry("350881105006", 1L));
        assertThat(byCommunity(township, "2027-03-01")).containsExactly(
                entry("350881105002", 1L), entry("350881105004", 1L), entry("350881105005", 1L));
        // before any of them was born
        assertThat(demand(township, "2023-05-30").getList("byCommunity")).isEmpty();
        assertThat(total(township, "2023-05-30")).isZero();
    }

    @Test
    void withoutADateTheAgesAreTakenTodayInChina() {
        String township = "350881109";
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        publish(before.minusYears(1).toString(), "350881109007");
        publish(before.minusYears(3).toString(), "350881109007"); // 3 today
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(township, before.minusYears(1).toString())).isEqualTo(2));
        JsonPath d = demand(township, null);
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(d.getString("date")).isIn(before.toString(), after.toString());
        assertThat(d.getLong("total")).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventAndARepeatedRegistrationAreCountedOnce() {
        String township = "350881106";
        UUID child = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = birth(child, "2025-03-15", township, "350881106001");
        publish(eventId, child, json);
        publish(eventId, child, json);
        // the same registration again under another event id: the registration id keeps it to one child
        publish(UUID.randomUUID().toString(), child, json);
        // a marker with the same key is on the same partition, so it is read after the three above
        UUID marker = UUID.randomUUID();
        TestKafka.send(BirthRegisteredEvents.TOPIC, child.toString(), birth(marker, "2025-03-16", township, "350881106002"),
                TestKafka.cloudEvent(UUID.randomUUID().toString(), BirthRegisteredEvents.TYPE, BirthRegisteredEvents.SOURCE,
                        marker.toString()));

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(byCommunity(township, "2026-01-01")).containsKey("350881106002"));
        assertThat(byCommunity(township, "2026-01-01")).containsExactly(entry("350881106001", 1L), entry("350881106002", 1L));
        assertThat(total(township, "2026-01-01")).isEqualTo(2);
    }

    /** A registration id whose records go to the same partition as {@code other}'s, so they are read in send order. */
    @Test
    void eventsInFlightDuringADatabaseOutageAreAppliedOnceAfterItAndNoneIsDeadLettered() {
        assumeTrue(TestDatabase.canBeStopped(), "the database of this test run cannot be stopped");
        String township = "350881110";
        String community = "350881110077";
        List<UUID> births = DatabaseOutage.withEventsInFlight(10, id -> birth(id, "2026-06-01", township, community));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(byCommunity(township, "2026-11-30")).containsEntry(community, (long) births.size()));
        given().when().get("/q/health/ready").then().statusCode(200);
        DatabaseOutage.assertNoneDeadLettered(births);
    }

    private static UUID onTheSamePartitionAs(UUID other) {
        int partitions = ConfigProvider.getConfig().getValue("fertility.topics.partitions", Integer.class);
        while (true) {
            UUID id = UUID.randomUUID();
            if (partition(id, partitions) == partition(other, partitions)) {
                return id;
            }
        }
    }

    /** The partition Kafka's default partitioner picks for a record key. */
    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        String township = "350881107";
        UUID malformed = UUID.randomUUID();
        UUID unknownVersion = onTheSamePartitionAs(malformed);
        UUID outsideTownship = onTheSamePartitionAs(malformed);
        UUID unknownTownship = onTheSamePartitionAs(malformed);
        UUID good = onTheSamePartitionAs(malformed);
        publish(UUID.randomUUID().toString(), malformed, "{ not json");
        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.UNKNOWN_VERSION_TYPE, UUID.randomUUID().toString(),
                unknownVersion, birth(unknownVersion, "2025-01-01", township, "350881107001"));
        publish(UUID.randomUUID().toString(), outsideTownship, birth(outsideTownship, "2025-01-01", township, "350881108001"));
        publish(UUID.randomUUID().toString(), unknownTownship, birth(unknownTownship, "2025-01-01", "350881999", "350881999001"));
        // after the four poison records on the same partition
        publish(UUID.randomUUID().toString(), good, birth(good, "2025-01-02", township, "350881107001"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(total(township, "2026-01-01")).isEqualTo(1));
        List<String> poison = List.of(malformed.toString(), unknownVersion.toString(), outsideTownship.toString(),
                unknownTownship.toString());
        var dead = TestKafka.read(BirthRegisteredEvents.DEAD_LETTER_TOPIC, WAIT, rs -> rs.stream().map(r -> r.key()).toList().containsAll(poison));
        var keys = dead.stream().map(r -> r.key()).toList();
        assertThat(keys).containsAll(poison).doesNotContain(good.toString());
        assertThat(TestKafka.deadLetterReason(dead, malformed)).contains("not a readable");
        assertThat(TestKafka.deadLetterReason(dead, unknownVersion)).contains("unsupported event type");
        assertThat(TestKafka.deadLetterReason(dead, outsideTownship)).contains("communityCode is not a community of townshipCode");
        assertThat(TestKafka.deadLetterReason(dead, unknownTownship)).contains("townshipCode");
        assertThat(byCommunity(township, "2026-01-01")).containsExactly(entry("350881107001", 1L));
        assertThat(total("350881108", "2026-01-01")).isZero();
    }

    @Test
    void badQueriesAreProblemsNamingTheField() {
        as("reader").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed")).body("errors.field", hasItem("townshipCode"));
        as("reader").queryParam("townshipCode", "350881999").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("townshipCode"));
        as("reader").queryParam("townshipCode", "350881001").queryParam("date", "2026-02-30").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
        as("reader").queryParam("townshipCode", "350881001").queryParam("date", "20260601").when().get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("date"));
        as("reader").queryParam("townshipCode", "350881001").queryParam("date", "1999-12-31").when().get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("date"));
    }

    @Test
    void theOperationIsDocumentedWithEveryStatus() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/childcare-demand'.get.operationId", equalTo("getChildcareDemand"))
                .body("paths.'/api/v1/childcare-demand'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/v1/childcare-demand'.get.responses.'400'.$ref", equalTo("#/components/responses/BadRequest"));
    }

    @Test
    void readsNeedATokenWithAReadingRole() {
        given().queryParam("townshipCode", "350881203").when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.foreignBearer("reader")).queryParam("townshipCode", "350881203")
                .when().get(PATH).then().statusCode(401);
        as("nobody").queryParam("townshipCode", "350881203").when().get(PATH)
                .then().statusCode(403).body("code", equalTo("forbidden"));
        for (String role : List.of("reader", "auditor", "registrar")) {
            as(role).queryParam("townshipCode", "350881203").queryParam("date", "2026-06-01").when().get(PATH)
                    .then().statusCode(200).body("townshipName", equalTo("官田乡")).body("total", equalTo(0));
        }
    }
}
