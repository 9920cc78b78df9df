package cn.gov.zhangping.fertility.indicator.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.platform.housekeeping.MessagingPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cn.gov.zhangping.fertility.indicator.operations.OperationsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The platform's purge of old messaging rows, against this service's real database. */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class MessagingPurgeTest {

    @Inject
    EntityManager em;

    @Inject
    MessagingPurge purge;

    private void outbox(UUID id, Instant occurred, Instant sent) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, record_key, event_type, subject, payload, occurred_at, sent_at)
                        VALUES (:id, 't', 'k', 'type', 's', '{}', :occurred, :sent)""")
                .setParameter("id", id).setParameter("occurred", occurred).setParameter("sent", sent).executeUpdate());
    }

    private void inbox(String id, Instant received) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO inbox_event (source, event_id, event_type, topic, partition_no, record_offset, received_at)
                        VALUES ('/purge-test', :id, 'type', 't', 0, 0, :received)""")
                .setParameter("id", id).setParameter("received", received).executeUpdate());
    }

    private void key(String key, Instant created) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO idempotency_key (caller, operation, idempotency_key, request_hash, resource_id, created_at)
                        VALUES ('purge-test', 'op', :key, :hash, :resource, :created)""")
                .setParameter("key", key).setParameter("hash", "0".repeat(64)).setParameter("resource", UUID.randomUUID())
                .setParameter("created", created).executeUpdate());
    }

    private long count(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue());
    }

    @Test
    void oldRowsGoYoungRowsAndUnsentEventsStay() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        Instant old = now.minus(Duration.ofDays(400));
        Instant young = now.minus(Duration.ofHours(1));
        UUID oldSent = UUID.randomUUID();
        UUID oldUnsent = UUID.randomUUID();
        UUID youngSent = UUID.randomUUID();
        outbox(oldSent, old, old);
        outbox(oldUnsent, old, null);
        outbox(youngSent, young, young);
        String oldEvent = "purge-" + UUID.randomUUID();
        String youngEvent = "purge-" + UUID.randomUUID();
        inbox(oldEvent, old);
        inbox(youngEvent, young);
        String oldKey = "purge-" + UUID.randomUUID();
        String youngKey = "purge-" + UUID.randomUUID();
        key(oldKey, old);
        key(youngKey, young);

        assertThat(purge.purgeAll(now)).isGreaterThanOrEqualTo(3);

        String outboxRow = "SELECT count(*) FROM outbox_event WHERE id = :id";
        assertThat(count(outboxRow, oldSent)).isZero();
        assertThat(count(outboxRow, oldUnsent)).isEqualTo(1);
        assertThat(count(outboxRow, youngSent)).isEqualTo(1);
        String inboxRow = "SELECT count(*) FROM inbox_event WHERE event_id = :id";
        assertThat(count(inboxRow, oldEvent)).isZero();
        assertThat(count(inboxRow, youngEvent)).isEqualTo(1);
        String keyRow = "SELECT count(*) FROM idempotency_key WHERE idempotency_key = :id";
        assertThat(count(keyRow, oldKey)).isZero();
        assertThat(count(keyRow, youngKey)).isEqualTo(1);

        // the relay is off in this application; leave nothing that another application of this database would send
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id IN (:a, :b)")
                .setParameter("a", oldUnsent).setParameter("b", youngSent).executeUpdate());
    }
}
