package cn.gov.zhangping.fertility.benefit.households.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Household reviews through the broker: a special family's confirmed year makes its entitlement ACTIVE and pays the
 * amounts due once, whatever is delivered again; a review that confirms nobody ends it and pays the pro-rata months;
 * moving away ends it; poison is dead-lettered and the next record applied.
 */
@QuarkusTest
class HouseholdEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    static Map<String, Object> recipient(String change, String reason, int months, String due) {
        Map<String, Object> r = new HashMap<>();
        r.put("memberId", UUID.randomUUID().toString());
        r.put("change", change);
        r.put("reason", reason);
        r.put("monthsDue", months);
        r.put("amountDueYuan", new java.math.BigDecimal(due));
        r.put("verification", "ACCURATE");
        r.put("insuranceEnrolled", true);
        return r;
    }

    static Map<String, Object> review(UUID household, int year, List<Map<String, Object>> recipients) {
        Map<String, Object> data = new HashMap<>();
        data.put("reviewId", UUID.randomUUID().toString());
        data.put("year", year);
        data.put("householdId", household.toString());
        data.put("familyId", UUID.randomUUID().toString());
        data.put("scheme", "SPECIAL_ASSISTANCE");
        data.put("townshipCode", "350881102");
        data.put("yearlyAmountYuan", new java.math.BigDecimal("7080.00"));
        data.put("recipients", recipients);
        data.put("confirmedAt", "2025-11-30T10:00:00Z");
        return data;
    }

    static void publish(String eventId, String type, UUID household, Object data) {
        try {
            TestKafka.send(HouseholdEventTypes.TOPIC, household.toString(), JSON.writeValueAsString(data),
                    TestKafka.cloudEvent(eventId, type, HouseholdEventTypes.SOURCE, household.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String entitlement(UUID household) {
        List<String> rows = rows("SELECT state || ' ' || reason || ' ' || year || ' ' || amount_due_fen || ' ' "
                + "|| eligible_recipients || '/' || recipients FROM household_entitlement WHERE household_id = :h", household);
        return rows.isEmpty() ? "none" : rows.get(0);
    }

    private List<String> rows(String sql, UUID household) {
        List<String> rows = new java.util.ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter("h", household)
                .getResultList().forEach(o -> rows.add(String.valueOf(o))));
        return rows;
    }

    private List<String> payments(UUID household) {
        return rows("SELECT policy_code || ' ' || period_from || ' ' || amount_fen FROM payment WHERE household_id = :h",
                household);
    }

    @Test
    void aConfirmedYearIsPaidOnceAndAReviewThatConfirmsNobodyOrMovingAwayEndsIt() {
        UUID household = UUID.randomUUID();
        Map<String, Object> review = review(household, 2025, List.of(
                recipient("CONTINUING", "STILL_ELIGIBLE", 12, "7080.00"), recipient("ENDED", "DECEASED", 3, "1770.00")));
        String eventId = UUID.randomUUID().toString();
        publish(eventId, HouseholdEventTypes.REVIEW_COMPLETED_V1, household, review);
        await().atMost(WAIT).untilAsserted(() -> assertThat(payments(household))
                .containsExactly("SPECIAL_FAMILY_ASSISTANCE 2025-01-01 885000"));
        assertThat(entitlement(household)).isEqualTo("ACTIVE REVIEW_CONFIRMED_ELIGIBLE 2025 885000 1/2");

        // the same review's next household is paid too (one review confirms every household of its townships)
        UUID neighbour = UUID.randomUUID();
        Map<String, Object> sameReview = review(neighbour, 2025, List.of(recipient("NEW", "ENROLLED", 12, "7080.00")));
        sameReview.put("reviewId", review.get("reviewId"));
        publish(UUID.randomUUID().toString(), HouseholdEventTypes.REVIEW_COMPLETED_V1, neighbour, sameReview);
        await().atMost(WAIT).untilAsserted(() -> assertThat(payments(neighbour))
                .containsExactly("SPECIAL_FAMILY_ASSISTANCE 2025-01-01 708000"));

        // the payment's event, as indicator-service reads it for indicator 23: policy, amount, the year's period
        List<ConsumerRecord<String, String>> events = TestKafka.read(BenefitEventTypes.PAYMENTS_TOPIC, WAIT,
                rs -> rs.stream().anyMatch(r -> r.value().contains("SPECIAL_FAMILY_ASSISTANCE")
                        && r.value().contains("885000")));
        JsonNode paid = events.stream().filter(r -> r.value().contains("885000")).map(r -> json(r.value())).findFirst()
                .orElseThrow();
        assertThat(paid.path("policyCode").asText()).isEqualTo("SPECIAL_FAMILY_ASSISTANCE");
        assertThat(paid.path("periodFrom").asText()).isEqualTo("2025-01-01");
        assertThat(paid.path("periodTo").asText()).isEqualTo("2025-12-31");
        assertThat(paid.toString()).doesNotContain(household.toString());

        // redelivered, replayed without its inbox row, and the year's review confirmed again under a new id
        publish(eventId, HouseholdEventTypes.REVIEW_COMPLETED_V1, household, review);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event WHERE event_id = :id")
                .setParameter("id", eventId).executeUpdate());
        publish(eventId, HouseholdEventTypes.REVIEW_COMPLETED_V1, household, review);
        Map<String, Object> again = new HashMap<>(review);
        again.put("reviewId", UUID.randomUUID().toString());
        publish(UUID.randomUUID().toString(), HouseholdEventTypes.REVIEW_COMPLETED_V1, household, again);
        // poison (13 months) is dead-lettered, and the record after it applied: a review that confirms nobody
        UUID poisoned = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), HouseholdEventTypes.REVIEW_COMPLETED_V1, poisoned,
                review(poisoned, 2025, List.of(recipient("CONTINUING", "STILL_ELIGIBLE", 13, "7080.00"))));
        UUID ended = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), HouseholdEventTypes.REVIEW_COMPLETED_V1, ended,
                review(ended, 2025, List.of(recipient("ENDED", "DECEASED", 3, "1770.00"))));
        await().atMost(WAIT).untilAsserted(() -> assertThat(payments(ended))
                .containsExactly("SPECIAL_FAMILY_ASSISTANCE 2025-01-01 177000"));
        assertThat(entitlement(ended)).isEqualTo("ENDED REVIEW_FOUND_NOT_ELIGIBLE 2025 177000 0/1");
        List<ConsumerRecord<String, String>> dead = TestKafka.read(HouseholdEventTypes.DEAD_LETTER_TOPIC, WAIT,
                rs -> rs.stream().anyMatch(r -> poisoned.toString().equals(r.key())));
        assertThat(TestKafka.deadLetterReason(dead, poisoned)).contains("monthsDue");
        assertThat(payments(poisoned)).isEmpty();
        assertThat(payments(household)).hasSize(1);

        // moving away ends it at once (a stale revision after it changes nothing)
        Map<String, Object> moved = new HashMap<>(Map.of("householdId", household.toString(), "revision", 3,
                "change", "MOVED_AWAY", "effectiveOn", "2026-02-10", "basis", "CHILD_DECEASED",
                "scheme", "SPECIAL_ASSISTANCE", "status", "MOVED_AWAY", "townshipCode", "350881102",
                "changedAt", "2026-02-10T02:00:00Z"));
        publish(UUID.randomUUID().toString(), HouseholdEventTypes.STATUS_CHANGED_V1, household, moved);
        await().atMost(WAIT).untilAsserted(() -> assertThat(entitlement(household))
                .startsWith("ENDED HOUSEHOLD_MOVED_AWAY 2025"));
        assertThat(payments(household)).hasSize(1);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
