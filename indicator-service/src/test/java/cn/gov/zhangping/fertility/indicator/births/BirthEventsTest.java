package cn.gov.zhangping.fertility.indicator.births;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.births.events.BirthEventsConsumer;
import cn.gov.zhangping.fertility.platform.testkit.BirthHistories;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Registrations, corrections and cancellations. Years 2015 and 2016 are this class's own in the counts API; the
 * random histories use 2023 to 2026, which no other test counts in.
 */
@QuarkusTest
class BirthEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> TOWNSHIPS = List.of("350881100", "350881204", "350881205");
    private static final List<Integer> HISTORY_YEARS = List.of(2023, 2024, 2025, 2026);

    @Inject
    EntityManager em;

    @Inject
    BirthEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    private long offset;

    private static JsonPath counts(int year) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", year)
                .when().get("/api/v1/birth-counts").then().statusCode(200).extract().jsonPath();
    }

    private static long township(int year, String code, String sex) {
        return counts(year).getLong("byTownship.find { it.townshipCode == '" + code + "' }." + sex);
    }

    /** year/township/sex → births, for every township of the history years, from the counts API. */
    private static Map<String, Long> historyCells() {
        Map<String, Long> cells = new HashMap<>();
        for (int year : HISTORY_YEARS) {
            JsonPath c = counts(year);
            for (String t : TOWNSHIPS) {
                cells.put(year + "/" + t + "/MALE", c.getLong("byTownship.find { it.townshipCode == '" + t + "' }.male"));
                cells.put(year + "/" + t + "/FEMALE", c.getLong("byTownship.find { it.townshipCode == '" + t + "' }.female"));
            }
        }
        return cells;
    }

    /** The observation of each registration: "year/township/sex", or "not counted". */
    private Map<UUID, String> observations(Iterable<UUID> ids) {
        Map<UUID, String> result = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("""
                                SELECT birth_year, township_code, sex, counted FROM birth_observation WHERE registration_id = :id""")
                        .setParameter("id", id).getResultList();
                for (Object[] r : rows) {
                    result.put(id, (Boolean) r[3] ? r[0] + "/" + r[1] + "/" + r[2] : "not counted");
                }
            }
        });
        return result;
    }

    private static String cellOf(BirthHistories.Registration r) {
        return r.cancelled() ? "not counted"
                : r.facts().birthDate().getYear() + "/" + r.facts().townshipCode() + "/" + r.facts().sex();
    }

    private void apply(BirthHistories.Sent sent) {
        consumer.onBirthEvent(sent.record(offset++));
    }

    private void deleteInboxRows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event").executeUpdate());
    }

    @Test
    void aCorrectionMovesTheBirthBetweenYearTownshipAndSexAndACancellationRemovesIt() {
        UUID child = UUID.randomUUID();
        BirthRegisteredEvents.publish(child, BirthRegisteredEvents.data(child, Map.of("sex", "MALE",
                "birthDate", "2015-12-31", "townshipCode", "350881101", "communityCode", "350881101001")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(township(2015, "350881101", "male")).isEqualTo(1));

        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), child,
                BirthRegisteredEvents.corrected(child, 2, Map.of("sex", "FEMALE", "birthDate", "2016-01-01",
                        "townshipCode", "350881102", "communityCode", "350881102001",
                        "changedFields", List.of("sex", "birthDate", "townshipCode", "communityCode"))));
        await().atMost(WAIT).untilAsserted(() -> assertThat(township(2016, "350881102", "female")).isEqualTo(1));
        assertThat(counts(2015).getLong("total")).isZero();
        assertThat(counts(2016).getLong("total")).isEqualTo(1);

        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), child,
                BirthRegisteredEvents.cancelled(child, 3));
        await().atMost(WAIT).untilAsserted(() -> assertThat(counts(2016).getLong("total")).isZero());
        assertThat(observations(List.of(child))).containsEntry(child, "not counted");
    }

    @Test
    void redeliveredReplayedAndStaleEventsChangeNothingEvenWithoutTheirInboxRows() {
        UUID child = UUID.randomUUID();
        var registered = new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), child, 1,
                BirthRegisteredEvents.data(child, Map.of("birthDate", "2015-06-01", "townshipCode", "350881103",
                        "communityCode", "350881103001")));
        var corrected = new BirthHistories.Sent(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), child, 2,
                BirthRegisteredEvents.corrected(child, 2, Map.of("birthDate", "2015-06-01", "townshipCode", "350881104",
                        "communityCode", "350881104001", "changedFields", List.of("townshipCode", "communityCode"))));
        apply(registered);
        apply(corrected);
        assertThat(observations(List.of(child))).containsEntry(child, "2015/350881104/FEMALE");

        deleteInboxRows();
        apply(registered);
        apply(corrected);
        // the same revisions again under new event ids (a replay), and an older one after the newer
        apply(new BirthHistories.Sent(registered.type(), UUID.randomUUID().toString(), child, 1, registered.data()));
        apply(new BirthHistories.Sent(corrected.type(), UUID.randomUUID().toString(), child, 2, corrected.data()));
        assertThat(observations(List.of(child))).containsEntry(child, "2015/350881104/FEMALE");
        assertThat(township(2015, "350881103", "total")).isZero();
        assertThat(township(2015, "350881104", "total")).isEqualTo(1);
    }

    @Test
    void aCorrectionOrCancellationAfterAGapIsApplied() {
        UUID corrected = UUID.randomUUID();
        apply(new BirthHistories.Sent(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), corrected, 3,
                BirthRegisteredEvents.corrected(corrected, 3, Map.of("birthDate", "2015-03-03", "townshipCode", "350881106",
                        "communityCode", "350881106001"))));
        assertThat(observations(List.of(corrected))).containsEntry(corrected, "2015/350881106/FEMALE");
        // the revisions it skipped, arriving late, are older
        apply(new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), corrected, 1,
                BirthRegisteredEvents.data(corrected, Map.of("birthDate", "2015-03-03", "townshipCode", "350881107",
                        "communityCode", "350881107001"))));
        assertThat(observations(List.of(corrected))).containsEntry(corrected, "2015/350881106/FEMALE");

        UUID cancelled = UUID.randomUUID();
        apply(new BirthHistories.Sent(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), cancelled, 2,
                BirthRegisteredEvents.cancelled(cancelled, 2)));
        apply(new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), cancelled, 1,
                BirthRegisteredEvents.data(cancelled, Map.of("birthDate", "2015-03-03"))));
        assertThat(observations(List.of(cancelled))).containsEntry(cancelled, "not counted");
    }

    @Test
    void invalidDataIsDeadLetteredForEveryEventTypeAndTheStreamGoesOn() {
        Map<UUID, String> poison = BirthRegisteredEvents.publishPoison();
        UUID good = UUID.randomUUID();
        BirthRegisteredEvents.publish(good, BirthRegisteredEvents.data(good, Map.of("birthDate", "2015-09-09",
                "townshipCode", "350881108", "communityCode", "350881108001")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(township(2015, "350881108", "total")).isEqualTo(1));
        BirthRegisteredEvents.assertDeadLettered(poison, "indicator-service");
        assertThat(observations(poison.keySet())).isEmpty();
    }

    @Test
    void aBurstWithRedeliveriesAndPoisonIsAppliedInBatchesEachEventOnce() {
        // sent at once, the records reach the consumer in few polls, each poll applied in one transaction
        // (BatchedInbox); a batch with a poison record in it falls back to one record per transaction
        Map<UUID, String> events = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            events.put(id, BirthRegisteredEvents.publish(id, BirthRegisteredEvents.data(id, Map.of("birthDate",
                    "2015-10-10", "townshipCode", "350881109", "communityCode", "350881109001"))));
        }
        Map<UUID, String> poison = BirthRegisteredEvents.publishPoison();
        // every event again, as a producer's retry or a replay would send it, with a second burst of poison
        events.forEach((id, eventId) -> BirthRegisteredEvents.publish(eventId, id, BirthRegisteredEvents.data(id,
                Map.of("birthDate", "2015-10-10", "townshipCode", "350881109", "communityCode", "350881109001"))));
        Map<UUID, String> poisonAgain = BirthRegisteredEvents.publishPoison();
        UUID last = UUID.randomUUID();
        BirthRegisteredEvents.publish(last, BirthRegisteredEvents.data(last, Map.of("birthDate", "2015-10-10",
                "townshipCode", "350881109", "communityCode", "350881109001")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(observations(List.of(last))).containsKey(last));
        BirthRegisteredEvents.assertDeadLettered(poison, "indicator-service");
        BirthRegisteredEvents.assertDeadLettered(poisonAgain, "indicator-service");
        await().atMost(WAIT).untilAsserted(() -> assertThat(township(2015, "350881109", "total")).isEqualTo(13));
        assertThat(observations(events.keySet())).hasSize(12);
        assertThat(observations(poison.keySet())).isEmpty();
        assertThat(observations(poisonAgain.keySet())).isEmpty();
    }

    @Test
    void randomHistoriesLeaveEachBirthWhereItsFinalRecordSays() {
        Map<String, Long> before = historyCells();
        Map<UUID, BirthHistories.Registration> finals = new LinkedHashMap<>();
        List<BirthHistories.History> histories = BirthHistories.sample(20261130L, 40, TOWNSHIPS, 5, 20);
        for (BirthHistories.History h : histories) {
            h.events().forEach(this::apply);
            Map<UUID, String> expected = new HashMap<>();
            h.finals().values().forEach(r -> expected.put(r.id(), cellOf(r)));
            assertThat(observations(h.finals().keySet())).isEqualTo(expected);
            finals.putAll(h.finals());
        }
        // the counts are computed from the observations: before + what the final records add
        Map<String, Long> expected = new HashMap<>(before);
        finals.values().stream().filter(r -> !r.cancelled()).forEach(r -> expected.merge(cellOf(r), 1L, Long::sum));
        assertThat(historyCells()).isEqualTo(expected);
        // with the inbox purged, the whole of every history again changes nothing
        deleteInboxRows();
        histories.forEach(h -> h.events().forEach(this::apply));
        assertThat(historyCells()).isEqualTo(expected);
    }

    @Test
    void aRandomHistoryThroughTheBrokerEndsWhereItsFinalRecordsSay() {
        List<BirthHistories.History> histories = BirthHistories.sample(7L, 3, TOWNSHIPS, 5, 20);
        Map<UUID, String> expected = new HashMap<>();
        Map<UUID, Integer> revisions = new HashMap<>();
        List<BirthHistories.Sent> all = new ArrayList<>();
        histories.forEach(h -> {
            all.addAll(h.events());
            revisions.putAll(h.revisions());
            h.finals().values().forEach(r -> expected.put(r.id(), cellOf(r)));
        });
        all.forEach(BirthHistories.Sent::publish);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(BirthHistories.appliedRevisions(dataSource, revisions.keySet())).isEqualTo(revisions));
        assertThat(observations(expected.keySet())).isEqualTo(expected);
    }
}
