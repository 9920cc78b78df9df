package cn.gov.zhangping.fertility.platform.housekeeping;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes what the messaging tables no longer need: outbox rows the broker acknowledged long ago, inbox rows of
 * events processed long ago, and idempotency keys past the time a caller may retry. Runs in batches, each in a
 * short transaction of its own, so that it never holds many locks for long. Unsent outbox rows are never deleted.
 * <p>
 * An inbox row only guards against a redelivery; once it is purged, a replayed event is still recognised by the
 * revision each consumer keeps per aggregate. Ages are ISO-8601 durations ({@code P30D}).
 */
@ApplicationScoped
public class MessagingPurge {

    private static final Logger LOG = Logger.getLogger(MessagingPurge.class);
    static final int BATCH = 1000;

    /** Table, timestamp column and extra condition of each purge. */
    enum Kind {
        SENT_OUTBOX_ROWS("outbox_event", "sent_at", "sent_at IS NOT NULL"),
        INBOX_ROWS("inbox_event", "received_at", "true"),
        IDEMPOTENCY_KEYS("idempotency_key", "created_at", "true");

        final String table;
        final String column;
        final String condition;

        Kind(String table, String column, String condition) {
            this.table = table;
            this.column = column;
            this.condition = condition;
        }
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "fertility.purge.sent-outbox-after")
    Duration sentOutboxAfter;

    @ConfigProperty(name = "fertility.purge.inbox-after")
    Duration inboxAfter;

    @ConfigProperty(name = "fertility.purge.idempotency-keys-after")
    Duration idempotencyKeysAfter;

    @Scheduled(every = "${fertility.purge.every}", delayed = "${fertility.purge.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "messaging-purge")
    void scheduled() {
        try {
            purgeAll(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("messaging purge did not finish (%s); it runs again at the next interval", e.getClass().getSimpleName());
        }
    }

    /** Purges everything older than its configured age as of {@code now}; returns the rows deleted. */
    public long purgeAll(Instant now) {
        long deleted = purge(Kind.SENT_OUTBOX_ROWS, now.minus(sentOutboxAfter))
                + purge(Kind.INBOX_ROWS, now.minus(inboxAfter))
                + purge(Kind.IDEMPOTENCY_KEYS, now.minus(idempotencyKeysAfter));
        if (deleted > 0) {
            LOG.infof("messaging purge deleted %d rows", deleted);
        }
        return deleted;
    }

    long purge(Kind kind, Instant before) {
        long total = 0;
        while (true) {
            int n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "DELETE FROM " + kind.table + " WHERE ctid IN (SELECT ctid FROM " + kind.table
                                    + " WHERE " + kind.condition + " AND " + kind.column + " < :before LIMIT " + BATCH
                                    + " FOR UPDATE SKIP LOCKED)")
                    .setParameter("before", before)
                    .executeUpdate());
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }
}
