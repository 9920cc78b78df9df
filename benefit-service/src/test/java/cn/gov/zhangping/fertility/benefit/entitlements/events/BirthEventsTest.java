package cn.gov.zhangping.fertility.benefit.entitlements.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.benefit.children.events.BirthEventsConsumer;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Entitlement;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementChange;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.ChildFacts;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.Entitling;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.platform.testkit.BirthHistories;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Registrations, corrections and cancellations, and what they do to each child's entitlements. */
@QuarkusTest
class BirthEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> TOWNSHIPS = List.of("350881100", "350881204");

    @Inject
    EntityManager em;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    BirthEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    private long offset;

    /** policy → "STATE REASON version from..to amount" as stored, and the causes of its history. */
    private Map<String, String> stored(UUID registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> result = new TreeMap<>();
            for (Entitlement e : entitlements.ofChild(registrationId)) {
                result.put(e.policyCode.name(), e.state + " " + e.reason + " " + e.versionNumber + " " + e.periodFrom + ".."
                        + e.periodTo + " " + e.amountFen);
            }
            return result;
        });
    }

    private List<String> causes(UUID registrationId, String policy) {
        return QuarkusTransaction.requiringNew().call(() -> entitlements.ofChild(registrationId).stream()
                .filter(e -> e.policyCode.name().equals(policy)).findFirst().orElseThrow().history.stream()
                .map(c -> c.cause + "/" + c.revision + "/" + c.state).toList());
    }

    /** What the catalogue gives for {@code facts} today, in the shape of {@link #stored}. */
    private Map<String, String> due(ChildFacts facts, boolean cancelled) {
        LocalDate today = CivilDate.today();
        Map<String, String> result = new TreeMap<>();
        for (PolicyCatalogue.Listing l : catalogue.all()) {
            if (!l.policy().decidedByChild()) {
                continue;
            }
            Determination d = cancelled ? Determination.cancelled(l.policy().code())
                    : Entitling.determine(l.policy(), l.timeline(), facts, today);
            Determination.Period p = d.periodAround(today);
            String from = d.periods().isEmpty() ? "null" : d.periods().get(0).from().toString();
            String to = d.periods().isEmpty() || d.periods().get(d.periods().size() - 1).to() == null ? "null"
                    : d.periods().get(d.periods().size() - 1).to().toString();
            Long amount = d.periods().stream().anyMatch(x -> x.amount() != null) ? d.totalAmount().value() : null;
            result.put(l.policy().code().name(), d.state() + " " + d.reason() + " " + (p == null ? null : p.version()) + " "
                    + from + ".." + to + " " + amount);
        }
        return result;
    }

    private void apply(BirthHistories.Sent sent) {
        consumer.onBirthEvent(sent.record(offset++));
    }

    private void deleteInboxRows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM inbox_event").executeUpdate());
    }

    private static BirthHistories.Sent registered(UUID id, String birthDate, int birthOrder) {
        return new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), id, 1,
                BirthRegisteredEvents.data(id, Map.of("birthDate", birthDate, "birthOrder", birthOrder, "sex", "FEMALE",
                        "specialFamily", false)));
    }

    private static BirthHistories.Sent corrected(UUID id, int revision, String birthDate, int birthOrder) {
        return new BirthHistories.Sent(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), id, revision,
                BirthRegisteredEvents.corrected(id, revision, Map.of("birthDate", birthDate, "birthOrder", birthOrder,
                        "sex", "FEMALE", "specialFamily", false, "changedFields", List.of("birthDate", "birthOrder"))));
    }

    private static BirthHistories.Sent cancelled(UUID id, int revision) {
        return new BirthHistories.Sent(BirthRegisteredEvents.CANCELLED_TYPE, UUID.randomUUID().toString(), id, revision,
                BirthRegisteredEvents.cancelled(id, revision));
    }

    private static ChildFacts girl(String birthDate, int birthOrder) {
        return new ChildFacts(LocalDate.parse(birthDate), true, birthOrder, false, false);
    }

    @Test
    void aCorrectionAndACancellationAreRecordedWithTheirCauseAndRevision() {
        UUID child = UUID.randomUUID();
        registered(child, "2026-10-15", 3).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(child)).isEqualTo(due(girl("2026-10-15", 3), false)));

        corrected(child, 2, "2026-10-20", 2).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(child)).isEqualTo(due(girl("2026-10-20", 2), false)));
        assertThat(causes(child, "NATIONAL_CHILDCARE_SUBSIDY"))
                .containsExactly("BIRTH_REGISTERED/1/ACTIVE", "REGISTRATION_CORRECTED/2/ACTIVE");
        // the plan's period is over for a child born in October 2026, whatever its order: nothing to record
        assertThat(causes(child, "CHILDCARE_FEE_REDUCTION")).containsExactly("BIRTH_REGISTERED/1/NOT_ELIGIBLE");

        cancelled(child, 3).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(child)).isEqualTo(due(girl("2026-10-20", 2), true)));
        assertThat(causes(child, "PARENTAL_LEAVE")).last().isEqualTo("REGISTRATION_CANCELLED/3/NOT_ELIGIBLE");
    }

    @Test
    void aCorrectionOfTheBirthOrderMovesTheBenefitsThatDependOnIt() {
        UUID child = UUID.randomUUID();
        apply(registered(child, "2024-05-01", 2));
        apply(corrected(child, 2, "2024-05-01", 3));
        assertThat(stored(child)).isEqualTo(due(girl("2024-05-01", 3), false));
        assertThat(causes(child, "CHILDCARE_FEE_REDUCTION"))
                .containsExactly("BIRTH_REGISTERED/1/NOT_ELIGIBLE", "REGISTRATION_CORRECTED/2/ENDED");
    }

    @Test
    void aRegistrationUnderReviewHoldsWhatDependsOnTheBirthOrderUntilTheReviewConfirmsIt() {
        UUID child = UUID.randomUUID();
        apply(new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), child, 1,
                BirthRegisteredEvents.data(child, Map.of("birthDate", "2024-05-01", "birthOrder", 3, "sex", "FEMALE",
                        "specialFamily", false, "familyId", UUID.randomUUID().toString(), "reviewPending", true))));
        ChildFacts doubtful = new ChildFacts(LocalDate.parse("2024-05-01"), true, 3, false, true);
        assertThat(stored(child)).isEqualTo(due(doubtful, false));
        assertThat(stored(child).get("CHILDCARE_FEE_REDUCTION")).startsWith("HELD REVIEW_PENDING");
        assertThat(stored(child).get("NATIONAL_CHILDCARE_SUBSIDY")).startsWith("ACTIVE");

        String reviewed = """
                {"registrationId":"%s","revision":2,"birthOrder":3,"reviewPending":false,
                 "confirmedFindings":["BIRTH_ORDER_DISAGREES"],"reviewedAt":"2024-05-03T02:00:00Z"}""".formatted(child);
        apply(new BirthHistories.Sent("cn.gov.zhangping.fertility.birth.registration-reviewed.v1",
                UUID.randomUUID().toString(), child, 2, reviewed));
        assertThat(stored(child)).isEqualTo(due(girl("2024-05-01", 3), false));
        assertThat(causes(child, "CHILDCARE_FEE_REDUCTION"))
                .containsExactly("BIRTH_REGISTERED/1/HELD", "REGISTRATION_REVIEWED/2/ENDED");
    }

    @Test
    void redeliveredReplayedAndStaleEventsChangeNothingEvenWithoutTheirInboxRows() {
        UUID child = UUID.randomUUID();
        BirthHistories.Sent first = registered(child, "2024-05-01", 3);
        BirthHistories.Sent second = corrected(child, 2, "2024-05-01", 2);
        apply(first);
        apply(second);
        Map<String, String> before = stored(child);
        List<String> history = causes(child, "CHILDCARE_FEE_REDUCTION");

        deleteInboxRows();
        apply(first);
        apply(second);
        apply(new BirthHistories.Sent(first.type(), UUID.randomUUID().toString(), child, 1, first.data()));
        apply(new BirthHistories.Sent(second.type(), UUID.randomUUID().toString(), child, 2, second.data()));
        assertThat(stored(child)).isEqualTo(before);
        assertThat(causes(child, "CHILDCARE_FEE_REDUCTION")).isEqualTo(history);
    }

    @Test
    void aCorrectionAfterAGapIsAppliedAndACancellationBeforeTheRegistrationLeavesNothing() {
        UUID corrected = UUID.randomUUID();
        apply(corrected(corrected, 3, "2024-03-03", 3));
        assertThat(stored(corrected)).isEqualTo(due(girl("2024-03-03", 3), false));
        apply(registered(corrected, "2024-03-03", 1));
        assertThat(stored(corrected)).isEqualTo(due(girl("2024-03-03", 3), false));

        UUID cancelled = UUID.randomUUID();
        apply(cancelled(cancelled, 2));
        apply(registered(cancelled, "2024-03-03", 3));
        assertThat(stored(cancelled)).isEmpty();
    }

    @Test
    void invalidDataIsDeadLetteredForEveryEventTypeAndTheStreamGoesOn() {
        Map<UUID, String> poison = BirthRegisteredEvents.publishPoison();
        UUID good = UUID.randomUUID();
        registered(good, "2025-01-01", 1).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(good)).hasSize(10));
        BirthRegisteredEvents.assertDeadLettered(poison, "benefit-service");
        poison.keySet().forEach(id -> assertThat(stored(id)).as(id.toString()).isEmpty());
    }

    private void assertFollowsFinalRecord(BirthHistories.Registration last) {
        BirthHistories.Facts f = last.facts();
        ChildFacts facts = new ChildFacts(f.birthDate(), "FEMALE".equals(f.sex()), f.birthOrder(), f.specialFamily(), false);
        assertThat(stored(last.id())).as("entitlements of %s", last).isEqualTo(due(facts, last.cancelled()));
        QuarkusTransaction.requiringNew().run(() -> {
            for (Entitlement e : entitlements.ofChild(last.id())) {
                List<EntitlementChange> h = e.history;
                EntitlementChange end = h.get(h.size() - 1);
                assertThat(end.state).isEqualTo(e.state);
                assertThat(end.reason).isEqualTo(e.reason);
                assertThat(h).extracting(c -> c.revision).isSorted();
                assertThat(end.revision).isLessThanOrEqualTo(last.revision());
            }
        });
    }

    @Test
    void randomHistoriesLeaveEachChildWithTheEntitlementsItsFinalRecordGives() {
        List<BirthHistories.History> histories = BirthHistories.sample(20261130L, 30, TOWNSHIPS, 5, 20);
        for (BirthHistories.History h : histories) {
            h.events().forEach(this::apply);
            h.finals().values().forEach(this::assertFollowsFinalRecord);
        }
        Map<UUID, Map<String, String>> before = new HashMap<>();
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
        histories.forEach(h -> h.finals().values().forEach(this::assertFollowsFinalRecord));
    }
}
