package cn.gov.zhangping.fertility.childcare.demand;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.childcare.demand.events.BirthEventsConsumer;
import cn.gov.zhangping.fertility.platform.testkit.BirthHistories;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Registrations, corrections and cancellations. Townships 350881101 to 350881104 are this class's own; the random
 * histories use 350881100, 350881204 and 350881205, which no other test counts in.
 */
@QuarkusTest
class BirthEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> TOWNSHIPS = List.of("350881100", "350881204", "350881205");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 12, 31));

    @Inject
    EntityManager em;

    @Inject
    BirthEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    private long offset;

    private static long total(String township, LocalDate date) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("townshipCode", township)
                .queryParam("date", date.toString()).when().get("/api/v1/childcare-demand")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** township/date → children under 3, for the history townships, from the demand API. */
    private static Map<String, Long> historyTotals() {
        Map<String, Long> totals = new HashMap<>();
        for (String t : TOWNSHIPS) {
            for (LocalDate d : DATES) {
                totals.put(t + "/" + d, total(t, d));
            }
        }
        return totals;
    }

    /** The stored child of each registration: "township/community/birth date"; none when removed. */
    private Map<UUID, String> children(Iterable<UUID> ids) {
        Map<UUID, String> result = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("""
                                SELECT township_code, community_code, birth_date FROM registered_child WHERE registration_id = :id""")
                        .setParameter("id", id).getResultList();
                rows.forEach(r -> result.put(id, r[0] + "/" + r[1] + "/" + r[2]));
            }
        });
        return result;
    }

    private static String childOf(BirthHistories.Registration r) {
        return r.facts().townshipCode() + "/" + r.facts().communityCode() + "/" + r.facts().birthDate();
    }

    private void apply(BirthHistories.Sent sent) {
        consumer.onBirthEvent(sent.record(offset++));
    }

    private void deleteInboxRows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event").executeUpdate());
    }

    private static BirthHistories.Sent registered(UUID id, String birthDate, String community) {
        return new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), id, 1,
                BirthRegisteredEvents.data(id, Map.of("birthDate", birthDate, "townshipCode", community.substring(0, 9),
                        "communityCode", community)));
    }

    private static BirthHistories.Sent corrected(UUID id, int revision, String birthDate, String community) {
        return new BirthHistories.Sent(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), id, revision,
                BirthRegisteredEvents.corrected(id, revision, Map.of("birthDate", birthDate,
                        "townshipCode", community.substring(0, 9), "communityCode", community,
                        "changedFields", List.of("birthDate", "townshipCode", "communityCode"))));
    }

    @Test
    void aCorrectionMovesTheChildToItsNewPlaceAndAgeGroupAndACancellationRemovesIt() {
        UUID child = UUID.randomUUID();
        LocalDate on = LocalDate.of(2026, 6, 1);
        registered(child, "2023-05-01", "350881101002").publish();
        await().atMost(WAIT).until(() -> children(List.of(child)).containsKey(child));
        assertThat(total("350881101", on)).isZero(); // 3 on 2026-05-01

        corrected(child, 2, "2024-05-01", "350881102003").publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(total("350881102", on)).isEqualTo(1));
        assertThat(total("350881101", on)).isZero();
        assertThat(total("350881101", LocalDate.of(2025, 6, 1))).isZero();

        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), child,
                BirthRegisteredEvents.cancelled(child, 3));
        await().atMost(WAIT).untilAsserted(() -> assertThat(total("350881102", on)).isZero());
        assertThat(children(List.of(child))).isEmpty();
    }

    @Test
    void redeliveredReplayedAndStaleEventsChangeNothingEvenWithoutTheirInboxRows() {
        UUID child = UUID.randomUUID();
        BirthHistories.Sent first = registered(child, "2025-01-01", "350881103001");
        BirthHistories.Sent second = corrected(child, 2, "2025-02-02", "350881103002");
        apply(first);
        apply(second);
        assertThat(children(List.of(child))).containsEntry(child, "350881103/350881103002/2025-02-02");

        deleteInboxRows();
        apply(first);
        apply(second);
        apply(new BirthHistories.Sent(first.type(), UUID.randomUUID().toString(), child, 1, first.data()));
        assertThat(children(List.of(child))).containsEntry(child, "350881103/350881103002/2025-02-02");
    }

    @Test
    void aCorrectionOrCancellationAfterAGapIsApplied() {
        UUID moved = UUID.randomUUID();
        apply(corrected(moved, 4, "2025-04-04", "350881104004"));
        assertThat(children(List.of(moved))).containsEntry(moved, "350881104/350881104004/2025-04-04");
        apply(registered(moved, "2025-01-01", "350881104001"));
        assertThat(children(List.of(moved))).containsEntry(moved, "350881104/350881104004/2025-04-04");

        UUID cancelled = UUID.randomUUID();
        apply(new BirthHistories.Sent(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), cancelled, 2,
                BirthRegisteredEvents.cancelled(cancelled, 2)));
        apply(registered(cancelled, "2025-01-01", "350881104001"));
        assertThat(children(List.of(cancelled))).isEmpty();
    }

    @Test
    void invalidDataIsDeadLetteredForEveryEventTypeAndTheStreamGoesOn() {
        Map<UUID, String> poison = BirthRegisteredEvents.publishPoison();
        UUID good = UUID.randomUUID();
        registered(good, "2025-09-09", "350881001009").publish();
        await().atMost(WAIT).until(() -> children(List.of(good)).containsKey(good));
        BirthRegisteredEvents.assertDeadLettered(poison, "childcare-registry-service");
        assertThat(children(poison.keySet())).isEmpty();
    }

    @Test
    void randomHistoriesLeaveEachChildWhereItsFinalRecordSays() {
        Map<String, Long> before = historyTotals();
        Map<UUID, BirthHistories.Registration> finals = new LinkedHashMap<>();
        List<BirthHistories.History> histories = BirthHistories.sample(20261130L, 40, TOWNSHIPS, 5, 20);
        for (BirthHistories.History h : histories) {
            h.events().forEach(this::apply);
            Map<UUID, String> expected = new HashMap<>();
            h.finals().values().stream().filter(r -> !r.cancelled()).forEach(r -> expected.put(r.id(), childOf(r)));
            assertThat(children(h.finals().keySet())).isEqualTo(expected);
            finals.putAll(h.finals());
        }
        Map<String, Long> expected = new HashMap<>(before);
        for (BirthHistories.Registration r : finals.values()) {
            LocalDate born = r.facts().birthDate();
            for (LocalDate d : DATES) {
                if (!r.cancelled() && !born.isAfter(d) && d.isBefore(born.plusYears(3))) {
                    expected.merge(r.facts().townshipCode() + "/" + d, 1L, Long::sum);
                }
            }
        }
        assertThat(historyTotals()).isEqualTo(expected);
        deleteInboxRows();
        histories.forEach(h -> h.events().forEach(this::apply));
        assertThat(historyTotals()).isEqualTo(expected);
    }

    @Test
    void aRandomHistoryThroughTheBrokerEndsWhereItsFinalRecordsSay() {
        List<BirthHistories.History> histories = BirthHistories.sample(7L, 3, TOWNSHIPS, 5, 20);
        Map<UUID, String> expected = new HashMap<>();
        Map<UUID, Integer> revisions = new HashMap<>();
        List<UUID> all = new ArrayList<>();
        List<BirthHistories.Sent> events = new ArrayList<>();
        histories.forEach(h -> {
            events.addAll(h.events());
            all.addAll(h.finals().keySet());
            revisions.putAll(h.revisions());
            h.finals().values().stream().filter(r -> !r.cancelled()).forEach(r -> expected.put(r.id(), childOf(r)));
        });
        events.forEach(BirthHistories.Sent::publish);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(BirthHistories.appliedRevisions(dataSource, all)).isEqualTo(revisions));
        assertThat(children(all)).isEqualTo(expected);
    }
}
