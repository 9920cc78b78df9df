package cn.gov.zhangping.fertility.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.platform.resilience.OutageLog;
import cn.gov.zhangping.fertility.platform.resilience.TransientFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends unsent outbox rows to Kafka. One pass locks a batch with {@code FOR UPDATE SKIP LOCKED} (so several
 * replicas never send the same row at once), sends it, waits for the broker's acknowledgement of each record and
 * only then marks the acknowledged rows sent, in the same transaction. It is woken right after a commit that
 * added rows; polling is the fallback for rows left by a failed pass or another replica.
 * Delivery is at least once: consumers drop repeats by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final OutageLog DATABASE_OUTAGE = new OutageLog(OutboxRelay.class, "outbox database");

    @Inject
    EntityManager em;

    @Inject
    KafkaEventSender sender;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "fertility.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "fertility.outbox.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @ConfigProperty(name = "fertility.outbox.batch-size", defaultValue = "100")
    int batchSize;

    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private final AtomicLong unsent = new AtomicLong();
    /** {@link System#nanoTime()} when the passes under way began; 0 between them. */
    private volatile long passesSince;
    private ScheduledExecutorService gaugeWatch;
    private Counter sent;
    private Counter failed;

    @PostConstruct
    void init() {
        sent = metrics.counter("fertility.outbox.sent");
        failed = metrics.counter("fertility.outbox.send.failures");
        Gauge.builder("fertility.outbox.unsent", unsent, AtomicLong::get)
                .description("Outbox events not yet acknowledged by the broker, as of the relay's last pass")
                .register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        // a pass can wait for the broker up to the send and acknowledgement time-outs (seconds, while it is away);
        // meanwhile the unsent gauge is counted here every poll interval, so that it shows the backlog at once
        gaugeWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-gauge");
            t.setDaemon(true);
            return t;
        });
        gaugeWatch.scheduleWithFixedDelay(this::countWhileAPassWaits, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS);
    }

    private void countWhileAPassWaits() {
        long since = passesSince;
        if (since != 0 && System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(pollIntervalMs)) {
            try {
                unsent.set(countUnsent());
            } catch (RuntimeException e) {
                // the database away as well: the relay's own pass reports it
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (gaugeWatch != null) {
            gaugeWatch.shutdownNow();
        }
        signal.release();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a pass now; cheap and safe to call from any thread. */
    public void wake() {
        signal.release();
    }

    private void run() {
        int limit = batchSize;
        long backoffMs = 0;
        while (running) {
            try {
                boolean afterFailure = backoffMs > 0;
                if (afterFailure) {
                    Thread.sleep(backoffMs);
                } else {
                    signal.tryAcquire(pollIntervalMs, TimeUnit.MILLISECONDS);
                }
                signal.drainPermits();
                if (afterFailure) {
                    // current before a pass that may wait for an absent broker, and again after it
                    unsent.set(countUnsent());
                }
                Pass pass;
                boolean more;
                passesSince = System.nanoTime();
                try {
                    do {
                        int asked = limit;
                        pass = relayOnce(asked);
                        limit = nextLimit(pass, batchSize);
                        more = pass.failedAt() < 0 && pass.selected() == asked;
                    } while (running && more);
                } finally {
                    passesSince = 0;
                }
                // a pass that sent everything it found left nothing unsent: no count query on the busy path
                unsent.set(pass.failedAt() >= 0 ? countUnsent() : 0);
                backoffMs = pass.failedAt() >= 0 ? Math.min(Math.max(250, backoffMs * 2), pollIntervalMs) : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    DATABASE_OUTAGE.failed(e);
                } else {
                    LOG.warnf("outbox relay pass failed (%s)", OutageLog.rootName(e));
                }
                backoffMs = pollIntervalMs;
            }
        }
    }

    private long countUnsent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").getSingleResult()).longValue());
    }

    /** One pass over at most {@code limit} rows, in a transaction of its own. */
    Pass relayOnce(int limit) {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> rows = em.createNativeQuery(
                            "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY occurred_at, id LIMIT :limit FOR UPDATE SKIP LOCKED",
                            OutboxEvent.class)
                    .setParameter("limit", limit)
                    .getResultList();
            if (rows.isEmpty()) {
                return new Pass(0, 0, -1);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            int failedAt = -1;
            for (OutboxEvent row : rows) {
                try {
                    acks.add(sender.send(row));
                } catch (RuntimeException e) {
                    failedAt = acks.size();
                    break;
                }
            }
            Set<UUID> acknowledged = new HashSet<>();
            String error = null;
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(sender.ackTimeoutMs(), TimeUnit.MILLISECONDS);
                    acknowledged.add(rows.get(i).id);
                } catch (ExecutionException | TimeoutException e) {
                    error = e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName();
                    if (failedAt < 0 || i < failedAt) {
                        failedAt = i;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failedAt = failedAt < 0 ? i : failedAt;
                    break;
                }
            }
            if (!acknowledged.isEmpty()) {
                // one statement for the whole batch instead of an UPDATE per row
                em.createNativeQuery("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)")
                        .setParameter("now", Instant.now())
                        .setParameter("ids", acknowledged)
                        .executeUpdate();
            }
            for (OutboxEvent row : rows) {
                if (!acknowledged.contains(row.id)) {
                    row.attempts++;
                    row.lastError = error != null ? error : "not sent";
                }
            }
            sent.increment(acknowledged.size());
            if (failedAt >= 0) {
                failed.increment();
                LOG.warnf("outbox relay: %d of %d events acknowledged, the rest stay queued (%s)",
                        acknowledged.size(), rows.size(), error);
            }
            return new Pass(rows.size(), acknowledged.size(), failedAt);
        });
    }

    /**
     * How many rows the next pass asks for: after a pass in which a send failed, one row (a probe, backing off up to
     * the poll interval), so that a pass with the broker away is short and the unsent gauge stays current; after a
     * pass in which every send was acknowledged, a whole batch again, so a backlog left by an outage drains in
     * batches from the first successful probe on.
     */
    static int nextLimit(Pass pass, int batchSize) {
        return pass.failedAt() >= 0 ? 1 : batchSize;
    }

    /** What one pass did; {@code failedAt} is the index of the first row not acknowledged, or -1. */
    record Pass(int selected, int acknowledged, int failedAt) {
    }
}
