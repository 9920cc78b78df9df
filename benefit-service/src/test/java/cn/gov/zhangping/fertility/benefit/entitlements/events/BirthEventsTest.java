package cn.gov.zhangping.fertility.benefit.entitlements.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Birth;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementChange;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementPolicy;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRuleRepository;
import cn.gov.zhangping.fertility.platform.testkit.BirthHistories;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Corrections and cancellations of birth registrations, and what they do to the entitlements. */
@QuarkusTest
class BirthEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> TOWNSHIPS = List.of("350881100", "350881204");

    @Inject
    EntityManager em;

    @Inject
    EntitlementRuleRepository rules;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    BirthEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    private long offset;

    private static List<Map<String, Object>> items(UUID registrationId) {
        return given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", registrationId.toString()).queryParam("size", 200)
                .when().get("/api/v1/entitlements").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /**
     * The entitlements of the birth as stored, in the shape of the API's items (code, beneficiary, status, terms,
     * history): the random histories compare thousands of them, which the API, validated against its document on
     * every response, would make slow. The API's own shape is checked by the other tests.
     */
    private List<Map<String, Object>> stored(UUID registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Map<String, Object>> result = new ArrayList<>();
            for (Entitlement e : entitlements.ofBirth(registrationId)) {
                Map<String, Object> item = new HashMap<>();
                item.put("code", e.code.name());
                item.put("beneficiary", e.beneficiary.name());
                item.put("status", e.status.name());
                item.put("ruleCode", e.rule.code);
                item.put("quantity", e.quantity);
                item.put("percent", e.percent);
                item.put("validFrom", e.validFrom.toString());
                item.put("validUntil", e.validUntil.toString());
                List<Map<String, Object>> history = new ArrayList<>();
                for (EntitlementChange c : e.history) {
                    Map<String, Object> h = new HashMap<>();
                    h.put("change", c.changeType.name());
                    h.put("revision", c.revision);
                    h.put("ruleCode", c.rule.code);
                    h.put("quantity", c.quantity);
                    h.put("percent", c.percent);
                    h.put("validFrom", c.validFrom.toString());
                    h.put("validUntil", c.validUntil.toString());
                    history.add(h);
                }
                item.put("history", history);
                result.add(item);
            }
            return result;
        });
    }

    private static String term(Object value) {
        return value == null ? "-" : value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                : value.toString();
    }

    private static String terms(Map<String, ?> m) {
        return term(m.get("ruleCode")) + "|" + term(m.get("quantity")) + "|" + term(m.get("percent")) + "|"
                + term(m.get("validFrom")) + "|" + term(m.get("validUntil"));
    }

    private static String kind(Map<String, ?> m) {
        return m.get("code") + "/" + m.get("beneficiary");
    }

    /** code/beneficiary → terms of the entitlements the API shows with {@code status}. */
    private static Map<String, String> withStatus(List<Map<String, Object>> items, String status) {
        Map<String, String> result = new TreeMap<>();
        items.stream().filter(i -> status.equals(i.get("status"))).forEach(i -> result.put(kind(i), terms(i)));
        return result;
    }

    private final Map<BirthHistories.Facts, Map<String, String>> dueFor = new HashMap<>();

    /** code/beneficiary → terms of what the rules grant for the facts. */
    private Map<String, String> due(BirthHistories.Facts facts) {
        return dueFor.computeIfAbsent(facts, f -> QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> result = new TreeMap<>();
            for (Entitlement e : EntitlementPolicy.entitlementsFor(new Birth(UUID.randomUUID(), facts.birthDate(),
                    facts.birthOrder(), facts.specialFamily()), rules.listAll(), Instant.now())) {
                Map<String, Object> m = new HashMap<>();
                m.put("ruleCode", e.rule.code);
                m.put("quantity", e.quantity);
                m.put("percent", e.percent);
                m.put("validFrom", e.validFrom);
                m.put("validUntil", e.validUntil);
                result.put(e.code + "/" + e.beneficiary, terms(m));
            }
            return result;
        }));
    }

    private void apply(BirthHistories.Sent sent) {
        consumer.onBirthEvent(sent.record(offset++));
    }

    private void deleteInboxRows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event").executeUpdate());
    }

    private static BirthHistories.Sent registered(UUID id, int birthOrder, boolean specialFamily) {
        return new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), id, 1,
                BirthRegisteredEvents.data(id, Map.of("birthDate", "2026-01-15", "birthOrder", birthOrder,
                        "specialFamily", specialFamily)));
    }

    private static BirthHistories.Sent corrected(UUID id, int revision, String birthDate, int birthOrder) {
        return new BirthHistories.Sent(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), id, revision,
                BirthRegisteredEvents.corrected(id, revision, Map.of("birthDate", birthDate, "birthOrder", birthOrder,
                        "changedFields", List.of("birthDate", "birthOrder"))));
    }

    private static BirthHistories.Sent cancelled(UUID id, int revision) {
        return new BirthHistories.Sent(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), id, revision,
                BirthRegisteredEvents.cancelled(id, revision));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("history");
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String kind) {
        return items.stream().filter(i -> kind.equals(kind(i))).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    @Test
    void aCorrectionGrantsChangesAndWithdrawsWithReasonAndRevisionAndACancellationWithdrawsEverything() {
        UUID child = UUID.randomUUID();
        registered(child, 3, false).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(items(child)).hasSize(4));

        // no longer a third child, and born a month later: the fee reduction goes, the others change their period
        corrected(child, 2, "2026-02-15", 2).publish();
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(withStatus(items(child), "WITHDRAWN")).containsOnlyKeys("CHILDCARE_FEE_REDUCTION/CHILD"));
        List<Map<String, Object>> items = items(child);
        assertThat(items).hasSize(4);
        Map<String, Object> fee = item(items, "CHILDCARE_FEE_REDUCTION/CHILD");
        assertThat(history(fee)).extracting(h -> h.get("change"), h -> h.get("reason"), h -> h.get("revision"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GRANTED", "BIRTH_REGISTERED", 1),
                        org.assertj.core.groups.Tuple.tuple("WITHDRAWN", "REGISTRATION_CORRECTED", 2));
        assertThat(history(fee).get(1)).containsEntry("detail", "corrected: birthDate, birthOrder");
        Map<String, Object> leave = item(items, "PARENTAL_LEAVE/MOTHER");
        assertThat(leave).containsEntry("status", "ELIGIBLE").containsEntry("validFrom", "2026-02-15")
                .containsEntry("validUntil", "2029-02-14");
        assertThat(history(leave)).extracting(h -> h.get("change")).containsExactly("GRANTED", "CHANGED");
        assertThat(history(leave).get(0)).containsEntry("validFrom", "2026-01-15");
        assertThat(history(leave).get(1)).containsEntry("validFrom", "2026-02-15").containsEntry("revision", 2);

        // a third child after all: the reduction is granted again, on the same row
        corrected(child, 3, "2026-02-15", 3).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(withStatus(items(child), "ELIGIBLE")).hasSize(4));
        assertThat(history(item(items(child), "CHILDCARE_FEE_REDUCTION/CHILD"))).extracting(h -> h.get("change"))
                .containsExactly("GRANTED", "WITHDRAWN", "GRANTED");

        cancelled(child, 4).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(withStatus(items(child), "WITHDRAWN")).hasSize(4));
        for (Map<String, Object> i : items(child)) {
            Map<String, Object> last = history(i).get(history(i).size() - 1);
            assertThat(last).containsEntry("change", "WITHDRAWN").containsEntry("reason", "REGISTRATION_CANCELLED")
                    .containsEntry("revision", 4).containsEntry("detail", "REGISTERED_IN_ERROR");
        }
    }

    @Test
    void redeliveredReplayedAndStaleEventsChangeNothingEvenWithoutTheirInboxRows() {
        UUID child = UUID.randomUUID();
        BirthHistories.Sent first = registered(child, 3, false);
        BirthHistories.Sent second = corrected(child, 2, "2026-01-15", 2);
        apply(first);
        apply(second);
        List<Map<String, Object>> before = items(child);

        deleteInboxRows();
        apply(first);
        apply(second);
        apply(new BirthHistories.Sent(first.type(), UUID.randomUUID().toString(), child, 1, first.data()));
        apply(new BirthHistories.Sent(second.type(), UUID.randomUUID().toString(), child, 2, second.data()));
        assertThat(items(child)).isEqualTo(before);
        assertThat(withStatus(before, "WITHDRAWN")).containsOnlyKeys("CHILDCARE_FEE_REDUCTION/CHILD");
    }

    @Test
    void aCorrectionOrCancellationAfterAGapIsApplied() {
        UUID corrected = UUID.randomUUID();
        apply(corrected(corrected, 3, "2026-03-03", 3));
        assertThat(withStatus(items(corrected), "ELIGIBLE")).hasSize(4);
        assertThat(history(items(corrected).get(0)).get(0)).containsEntry("reason", "REGISTRATION_CORRECTED")
                .containsEntry("revision", 3);
        apply(registered(corrected, 1, false));
        assertThat(withStatus(items(corrected), "ELIGIBLE")).hasSize(4);

        UUID cancelled = UUID.randomUUID();
        apply(cancelled(cancelled, 2));
        apply(registered(cancelled, 3, false));
        assertThat(items(cancelled)).isEmpty();
    }

    @Test
    void invalidDataIsDeadLetteredForEveryEventTypeAndTheStreamGoesOn() {
        Map<UUID, String> poison = BirthRegisteredEvents.publishPoison();
        UUID good = UUID.randomUUID();
        registered(good, 1, false).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(items(good)).hasSize(3));
        BirthRegisteredEvents.assertDeadLettered(poison, "benefit-service");
        poison.keySet().forEach(id -> assertThat(items(id)).as(id.toString()).isEmpty());
    }

    /**
     * What the final record of a registration says about its entitlements, given the facts of every revision it
     * went through: those due now are ELIGIBLE on the terms due, every other one that was ever due is WITHDRAWN,
     * and each one's history ends in its present state.
     */
    private void assertEntitlementsFollow(BirthHistories.Registration last, List<BirthHistories.Facts> revisions,
                                          List<Map<String, Object>> items) {
        Map<String, String> due = last.cancelled() ? Map.of() : due(last.facts());
        Set<String> everDue = new TreeSet<>();
        revisions.forEach(f -> everDue.addAll(due(f).keySet()));
        assertThat(withStatus(items, "ELIGIBLE")).as("eligible of %s", last).isEqualTo(due);
        assertThat(items).extracting(BirthEventsTest::kind).as("entitlements of %s", last)
                .containsExactlyInAnyOrderElementsOf(everDue);
        for (Map<String, Object> i : items) {
            List<Map<String, Object>> h = history(i);
            Map<String, Object> end = h.get(h.size() - 1);
            if ("ELIGIBLE".equals(i.get("status"))) {
                assertThat(end.get("change")).isIn("GRANTED", "CHANGED");
            } else {
                assertThat(end.get("change")).isEqualTo("WITHDRAWN");
            }
            assertThat(terms(end)).isEqualTo(terms(i));
            assertThat(h).extracting(c -> (Integer) c.get("revision")).isSorted().doesNotHaveDuplicates();
            assertThat((Integer) end.get("revision")).isLessThanOrEqualTo(last.revision());
        }
    }

    /** The facts of each revision a registration went through, in order. */
    private static Map<UUID, List<BirthHistories.Facts>> revisionFacts(BirthHistories.History h) {
        Map<UUID, List<BirthHistories.Facts>> result = new LinkedHashMap<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (BirthHistories.Sent s : h.events()) {
            if (s.revision() > seen.getOrDefault(s.registrationId(), 0)) {
                seen.put(s.registrationId(), s.revision());
                if (!BirthRegisteredEvents.CANCELLED_TYPE.equals(s.type())) {
                    var data = io.restassured.path.json.JsonPath.from(s.data());
                    result.computeIfAbsent(s.registrationId(), k -> new ArrayList<>()).add(new BirthHistories.Facts(
                            data.getString("sex"), LocalDate.parse(data.getString("birthDate")), data.getInt("birthOrder"),
                            data.getString("townshipCode"), data.getString("communityCode"),
                            data.getBoolean("specialFamily"), data.getBoolean("rural")));
                }
            }
        }
        return result;
    }

    @Test
    void randomHistoriesLeaveEachBirthWithTheEntitlementsItsFinalRecordGives() {
        List<BirthHistories.History> histories = BirthHistories.sample(20261130L, 40, TOWNSHIPS, 5, 20);
        for (BirthHistories.History h : histories) {
            h.events().forEach(this::apply);
            Map<UUID, List<BirthHistories.Facts>> facts = revisionFacts(h);
            h.finals().values().forEach(r -> assertEntitlementsFollow(r, facts.get(r.id()), stored(r.id())));
        }
        // with the inbox purged, the whole of every history again changes nothing
        Map<UUID, List<Map<String, Object>>> before = new HashMap<>();
        histories.forEach(h -> h.finals().keySet().forEach(id -> before.put(id, stored(id))));
        deleteInboxRows();
        histories.forEach(h -> h.events().forEach(this::apply));
        before.forEach((id, items) -> assertThat(stored(id)).isEqualTo(items));
    }

    @Test
    void aRandomHistoryThroughTheBrokerEndsWhereItsFinalRecordsSay() {
        List<BirthHistories.History> histories = BirthHistories.sample(7L, 3, TOWNSHIPS, 5, 20);
        List<BirthHistories.Sent> events = new ArrayList<>();
        Map<UUID, Integer> revisions = new HashMap<>();
        histories.forEach(h -> {
            events.addAll(h.events());
            revisions.putAll(h.revisions());
        });
        events.forEach(BirthHistories.Sent::publish);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(BirthHistories.appliedRevisions(dataSource, revisions.keySet())).isEqualTo(revisions));
        await().atMost(WAIT).untilAsserted(() -> {
            for (BirthHistories.History h : histories) {
                Map<UUID, List<BirthHistories.Facts>> facts = revisionFacts(h);
                h.finals().values().forEach(r -> assertEntitlementsFollow(r, facts.get(r.id()), items(r.id())));
            }
        });
    }
}
