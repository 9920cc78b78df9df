package cn.gov.zhangping.fertility.familysupport.birth.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthDetails;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegisteringBirth;
import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.DeclaredChild;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthEventPublishingTest {

    @Inject
    RegisteringBirth service;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private static BirthDetails details() {
        return new BirthDetails(TestIds.validMother(), "林小禾", Sex.MALE, LocalDate.now().minusDays(3), 3,
                "350881106", "350881106002", "漳平市妇幼保健院", true, true, null, null,
                List.of(new DeclaredChild(LocalDate.now().minusYears(6), null, false),
                        new DeclaredChild(LocalDate.now().minusYears(3), null, true)), null);
    }

    private static Optional<ConsumerRecord<String, String>> published(String registrationId, Duration wait) {
        return TestKafka.read(BirthEventTypes.TOPIC, wait,
                        rs -> rs.stream().anyMatch(r -> registrationId.equals(r.key())))
                .stream().filter(r -> registrationId.equals(r.key())).findFirst();
    }

    /** The relay's backlog as operators see it on /q/metrics. */
    private static double unsentGauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("fertility_outbox_unsent"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    /** When the relay marked the event sent; null while it is queued. Runs in its own transaction (any thread). */
    private Object sentAt(String registrationId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT sent_at FROM outbox_event WHERE subject = :s")
                        .setParameter("s", registrationId).getResultList());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aRegistrationIsPublishedAsACloudEventWithoutPersonalData() throws Exception {
        Map<String, Object> body = BirthRequests.valid();
        String id = given().header("Authorization", TestTokens.bearer("registrar"))
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/birth-registrations")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = published(id, Duration.ofSeconds(20)).orElseThrow();
        assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(record, "ce_type")).isEqualTo("cn.gov.zhangping.fertility.birth.registered.v1");
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/family-support-service");
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(BirthEventTypes.schemaOf(BirthEventTypes.REGISTERED_V1));
        assertThat(TestKafka.header(record, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(TestKafka.header(record, "ce_id"))).isNotNull();
        assertThat(TestKafka.header(record, "ce_time")).isNotBlank();

        JsonNode data = mapper.readTree(record.value());
        assertThat(data.get("registrationId").asText()).isEqualTo(id);
        assertThat(data.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(data.get("birthOrder").asInt()).isEqualTo(2);
        assertThat(data.get("townshipCode").asText()).isEqualTo("350881001");
        assertThat(record.value()).doesNotContain((String) body.get("motherIdNumber"))
                .doesNotContain((String) body.get("childName"))
                .doesNotContain((String) body.get("hospital"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentAt(id)).isNotNull());
    }

    @Test
    void theTopicAndItsDeadLetterTopicAreCreatedWithTheConfiguredPartitions() {
        assertThat(TestKafka.partitions(BirthEventTypes.TOPIC)).isEqualTo(3);
        assertThat(TestKafka.partitions(BirthEventTypes.TOPIC + ".dlq")).isEqualTo(3);
        assertThat(TestKafka.partitions("fertility.never-declared.v1")).isEqualTo(-1);
    }

    @Test
    void theEventMatchesItsPublishedSchema() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/birth.registered.v1.json")) {
            schema = mapper.readTree(in);
        }
        String id = QuarkusTransaction.requiringNew().call(() ->
                service.register(details(), "test-registrar", Optional.empty()).registration().id.toString());
        JsonNode data = mapper.readTree(published(id, Duration.ofSeconds(20)).orElseThrow().value());
        List<String> fields = new ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertThat(fields).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(fields).containsAll(required);
        assertThat(schema.get("$id").asText()).isEqualTo(BirthEventTypes.schemaOf(BirthEventTypes.REGISTERED_V1));
    }

    @Test
    void nothingIsPublishedBeforeTheTransactionCommits() {
        QuarkusTransaction.begin();
        String id;
        try {
            id = service.register(details(), "test-registrar", Optional.empty()).registration().id.toString();
            assertThat(published(id, Duration.ofMillis(2500))).isEmpty();
        } catch (RuntimeException e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        QuarkusTransaction.commit();
        assertThat(published(id, Duration.ofSeconds(20))).isPresent();
    }

    @Test
    void aRolledBackRegistrationPublishesNothing() {
        QuarkusTransaction.begin();
        String rolledBack = service.register(details(), "test-registrar", Optional.empty()).registration().id.toString();
        QuarkusTransaction.rollback();

        String committed = QuarkusTransaction.requiringNew().call(() ->
                service.register(details(), "test-registrar", Optional.empty()).registration().id.toString());
        List<ConsumerRecord<String, String>> records = TestKafka.read(BirthEventTypes.TOPIC, Duration.ofSeconds(20),
                rs -> rs.stream().anyMatch(r -> committed.equals(r.key())));
        assertThat(records).extracting(ConsumerRecord::key).contains(committed).doesNotContain(rolledBack);
        assertThat(em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE subject = :s")
                .setParameter("s", rolledBack).getSingleResult()).isEqualTo(0L);
        assertThat(em.createNativeQuery("SELECT count(*) FROM birth_registration WHERE id = cast(:id as uuid)")
                .setParameter("id", rolledBack).getSingleResult()).isEqualTo(0L);
    }

    @Test
    void withTheBrokerDownRegistrationSucceedsAndTheEventFollowsWhenItIsBack() {
        java.time.Instant outageStart = java.time.Instant.now();
        TestKafka.stopBroker();
        String id;
        try {
            id = given().header("Authorization", TestTokens.bearer("registrar"))
                    .contentType(ContentType.JSON).body(BirthRequests.valid()).when().post("/api/v1/birth-registrations")
                    .then().statusCode(201).extract().path("id");
            for (int i = 0; i < 2; i++) {
                given().header("Authorization", TestTokens.bearer("registrar"))
                        .contentType(ContentType.JSON).body(BirthRequests.valid()).when().post("/api/v1/birth-registrations")
                        .then().statusCode(201);
            }
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(sentAt(id)).isNull());
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(unsentGauge()).isGreaterThanOrEqualTo(1));
            // a producer stays ready (its outbox holds the events), promptly; the broker's own check says it is away
            long asked = System.nanoTime();
            given().when().get("/q/health/ready").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/group/broker").then().statusCode(503);
        } finally {
            TestKafka.startBroker();
        }
        assertThat(published(id, Duration.ofSeconds(60))).isPresent();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentAt(id)).isNotNull());
        // the backlog includes the joint application's sub-matter events (six more per registration)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(unsentGauge()).isZero());
        given().when().get("/q/health/group/broker").then().statusCode(200);
        // the backlog of the outage (3 births, 18 events) went in batches once one send succeeded, not a row a pass:
        // the rows of one pass share their sent_at, so at most a probe or two and then one batch
        List<?> passes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT DISTINCT sent_at FROM outbox_event WHERE occurred_at >= :start")
                .setParameter("start", outageStart).getResultList());
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE occurred_at >= :start")
                .setParameter("start", outageStart).getSingleResult());
        assertThat(rows.intValue()).isGreaterThanOrEqualTo(18);
        assertThat(passes).hasSizeLessThanOrEqualTo(3);
    }
}
