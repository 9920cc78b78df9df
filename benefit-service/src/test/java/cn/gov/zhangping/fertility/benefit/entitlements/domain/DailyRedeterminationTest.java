package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.benefit.children.events.BirthEventsConsumer;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.platform.testkit.BirthHistories;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DailyRedeterminationTest {

    @Inject
    DailyRedetermination daily;

    @Inject
    BirthEventsConsumer consumer;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntityManager em;

    private List<String> history(UUID id, String policy) {
        return QuarkusTransaction.requiringNew().call(() -> entitlements.ofChild(id).stream()
                .filter(e -> e.policyCode.name().equals(policy)).findFirst().orElseThrow().history.stream()
                .map(c -> c.cause + "/" + c.state).toList());
    }

    @Test
    void aStateThatTimeMovedIsRecordedOnceAsTheChildAged() {
        UUID id = UUID.randomUUID();
        consumer.onBirthEvent(new BirthHistories.Sent(BirthRegisteredEvents.TYPE, UUID.randomUUID().toString(), id, 1,
                BirthRegisteredEvents.data(id, Map.of("birthDate", "2026-05-30", "birthOrder", 1))).record(9_000_000L));
        assertThat(history(id, "NATIONAL_CHILDCARE_SUBSIDY")).containsExactly("BIRTH_REGISTERED/ACTIVE");
        // as the entitlement stood before the child was born: a day the job has not yet seen
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE entitlement SET state = 'UPCOMING', reason = 'STARTS_LATER' WHERE registration_id = ?1 "
                                + "AND policy_code = 'NATIONAL_CHILDCARE_SUBSIDY'")
                .setParameter(1, id).executeUpdate());

        assertThat(daily.run()).isPositive();
        assertThat(history(id, "NATIONAL_CHILDCARE_SUBSIDY")).containsExactly("BIRTH_REGISTERED/ACTIVE", "CHILD_AGED/ACTIVE");
        daily.run();
        assertThat(history(id, "NATIONAL_CHILDCARE_SUBSIDY")).hasSize(2);
        assertThat(history(id, "PARENTAL_LEAVE")).containsExactly("BIRTH_REGISTERED/ACTIVE");
    }
}
