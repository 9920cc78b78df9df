package cn.gov.zhangping.fertility.benefit.enrolments.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Enrolment events from childcare-registry-service, through the real broker, and the fee reduction they book. */
@QuarkusTest
public class EnrolmentEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DEAD_LETTERS = ChildcareEventTypes.ENROLMENTS_TOPIC + ".dlq";

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntityManager em;

    /** Enrolment event data: a public inclusive nursery at {@code fee} a month from {@code start}, with {@code fields} replacing those. */
    public static Map<String, Object> enrolment(UUID enrolmentId, UUID child, int revision, String status, String fee,
            String start, String end) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrolmentId", enrolmentId.toString());
        data.put("childRegistrationId", child.toString());
        data.put("institutionId", "6f1c2b9e-8a54-4d0b-9d8e-3c1a2b4c5d6e");
        data.put("institutionKind", "PUBLIC_INCLUSIVE");
        data.put("status", status);
        data.put("monthlyFee", new BigDecimal(fee));
        data.put("reductionRatio", new BigDecimal("0.50"));
        data.put("reducedFee", BigDecimal.ZERO);
        data.put("startDate", start);
        data.put("endDate", end);
        data.put("revision", revision);
        data.put("changedAt", "2025-03-01T02:00:00Z");
        return data;
    }

    /** Publishes an enrolment event under {@code eventId}, keyed by the enrolment. */
    public static void publish(String eventId, Map<String, Object> data) {
        String enrolmentId = String.valueOf(data.get("enrolmentId"));
        try {
            TestKafka.send(ChildcareEventTypes.ENROLMENTS_TOPIC, enrolmentId, JSON.writeValueAsString(data),
                    TestKafka.cloudEvent(eventId, ChildcareEventTypes.ENROLMENT_CHANGED_V1, ChildcareEventTypes.SOURCE,
                            enrolmentId));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes a third child's registration born {@code birthDate} in {@code familyId}. */
    public static void registerThirdChild(UUID child, UUID familyId, String birthDate) {
        BirthRegisteredEvents.publish(child, BirthRegisteredEvents.data(child, Map.of("birthDate", birthDate,
                "birthOrder", 3, "familyId", familyId.toString())));
    }

    private String fee(UUID child) {
        return QuarkusTransaction.requiringNew().call(() -> entitlements.ofChild(child).stream()
                .filter(e -> e.policyCode.name().equals("CHILDCARE_FEE_REDUCTION")).findFirst()
                .map(EnrolmentEventsTest::describe).orElse("none"));
    }

    private static String describe(Entitlement e) {
        return e.state + " " + e.reason + " " + e.periodFrom + ".." + e.periodTo + " " + e.amountFen + " "
                + e.history.stream().map(c -> c.cause.name()).toList();
    }

    private static JsonPath onDay(UUID child, String asOf) {
        return given().header("Authorization", TestTokens.bearer(Roles.READER))
                .queryParam("birthRegistrationId", child.toString()).queryParam("asOf", asOf)
                .get("/api/v1/entitlements").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEnrolmentBooksTheReductionForItsMonthsAndItsEndEndsItOnce() {
        UUID child = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        registerThirdChild(child, UUID.randomUUID(), "2024-05-01");
        await().atMost(WAIT).untilAsserted(() -> assertThat(fee(child)).startsWith("ENDED PERIOD_OVER 2024-05-01..2025-12-31 null"));

        String started = UUID.randomUUID().toString();
        publish(started, enrolment(enrolment, child, 1, "ACTIVE", "1200.06", "2025-03-01", null));
        // ten months (March to December 2025) of 600.03 yuan
        await().atMost(WAIT).untilAsserted(() -> assertThat(fee(child))
                .isEqualTo("ENDED PERIOD_OVER 2025-03-01..2025-12-31 600030 [BIRTH_REGISTERED, ENROLMENT_CHANGED]"));
        JsonPath june = onDay(child, "2025-06-15");
        String item = "entitlements.find { it.policyCode == 'CHILDCARE_FEE_REDUCTION' }";
        assertThat(june.getString(item + ".state")).isEqualTo("ACTIVE");
        assertThat(june.getString(item + ".totalAmount")).isEqualTo("6000.3");
        assertThat(june.getString(item + ".periods[0].monthlyAmount")).isEqualTo("600.03");
        assertThat(june.getList(item + ".periods[0].monthlySplit.payer"))
                .containsExactly("LONGYAN_PREFECTURE_FINANCE", "ZHANGPING_CITY_FINANCE");
        assertThat(june.getList(item + ".periods[0].monthlySplit.amount", String.class)).containsExactly("120.01", "480.02");

        publish(UUID.randomUUID().toString(), enrolment(enrolment, child, 2, "WITHDRAWN", "1200.06", "2025-03-01", "2025-04-30"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(fee(child)).isEqualTo(
                "ENDED ENROLMENT_ENDED 2025-03-01..2025-04-30 120006 [BIRTH_REGISTERED, ENROLMENT_CHANGED, ENROLMENT_CHANGED]"));
        assertThat(onDay(child, "2025-05-01").getString(item + ".reason")).isEqualTo("ENROLMENT_ENDED");

        // the first event again (a redelivery), with its inbox row gone (a replay), and a stale one under a new id
        publish(started, enrolment(enrolment, child, 1, "ACTIVE", "1200.06", "2025-03-01", null));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event").executeUpdate());
        publish(started, enrolment(enrolment, child, 1, "ACTIVE", "1200.06", "2025-03-01", null));
        publish(UUID.randomUUID().toString(), enrolment(enrolment, child, 1, "ACTIVE", "1200.06", "2025-03-01", null));
        // then a poison record and an event after it: the poison is dead-lettered, the next one applied
        UUID poison = UUID.randomUUID();
        Map<String, Object> bad = enrolment(poison, child, 1, "ACTIVE", "-1.00", "2025-03-01", null);
        publish(UUID.randomUUID().toString(), bad);
        UUID later = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        registerThirdChild(other, UUID.randomUUID(), "2024-05-01");
        publish(UUID.randomUUID().toString(), enrolment(later, other, 1, "ACTIVE", "1000.00", "2025-12-01", null));
        await().atMost(WAIT).untilAsserted(() -> assertThat(fee(other)).startsWith("ENDED PERIOD_OVER 2025-12-01..2025-12-31 50000"));
        List<ConsumerRecord<String, String>> dead = TestKafka.read(DEAD_LETTERS, WAIT,
                rs -> rs.stream().anyMatch(r -> poison.toString().equals(r.key())));
        assertThat(TestKafka.deadLetterReason(dead, poison)).contains("monthlyFee");
        assertThat(fee(child)).isEqualTo(
                "ENDED ENROLMENT_ENDED 2025-03-01..2025-04-30 120006 [BIRTH_REGISTERED, ENROLMENT_CHANGED, ENROLMENT_CHANGED]");
    }

    @Test
    void anEnrolmentBeforeItsRegistrationIsCountedWhenTheRegistrationArrives() {
        UUID child = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), enrolment(UUID.randomUUID(), child, 1, "ACTIVE", "1000.00", "2025-01-01", "2025-06-30"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM enrolment WHERE registration_id = :c")
                        .setParameter("c", child).getSingleResult()).longValue())).isEqualTo(1L));
        registerThirdChild(child, UUID.randomUUID(), "2024-05-01");
        await().atMost(WAIT).untilAsserted(() -> assertThat(fee(child))
                .isEqualTo("ENDED PERIOD_OVER 2025-01-01..2025-06-30 300000 [BIRTH_REGISTERED]"));
    }
}
