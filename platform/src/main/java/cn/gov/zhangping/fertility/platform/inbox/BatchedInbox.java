package cn.gov.zhangping.fertility.platform.inbox;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.resilience.OutageLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * {@link Inbox} for a channel consumed in batches ({@code mp.messaging.incoming.<channel>.batch=true}): the records of
 * one poll are applied in ONE transaction, each still exactly once (its event id goes into {@code inbox_event} with
 * its effect, a repeat within the batch or from an earlier delivery is skipped). One commit per batch instead of one
 * per record is what saves the database round trips and the transaction overhead under load.
 * <p>
 * If the batch's transaction fails for any reason (a poison record, the database away, a lock time-out) nothing of it
 * is kept, and its records are applied again one per transaction through {@link Inbox#dispatch}: a poison record is
 * then dead-lettered alone (its own nack goes through the channel's failure strategy, and is awaited before the batch
 * is acknowledged), a passing failure is retried until it passes, and nothing is lost or applied twice. The consumer:
 * <pre>
 * &#64;Incoming("birth-registrations")
 * &#64;Acknowledgment(Acknowledgment.Strategy.MANUAL)
 * public Uni&lt;Void&gt; onBirthEvents(KafkaRecordBatch&lt;String, String&gt; batch) {
 *     return batchedInbox.dispatch(batch, handlers);
 * }
 * </pre>
 */
@ApplicationScoped
public class BatchedInbox {

    private static final Logger LOG = Logger.getLogger(BatchedInbox.class);

    @Inject
    Inbox inbox;

    private final Counter batches;
    private final Counter fallbacks;

    @Inject
    BatchedInbox(MeterRegistry metrics) {
        batches = metrics.counter("fertility.inbox.batches");
        fallbacks = metrics.counter("fertility.inbox.batch.fallbacks");
    }

    /**
     * Applies the batch (see the class comment) and acknowledges it; a failure that is not poison and that the
     * retries of {@link Inbox#dispatch} end (the service stopping) nacks the batch instead, so that its offsets are not
     * committed and the records are read again after the restart.
     */
    public Uni<Void> dispatch(KafkaRecordBatch<?, String> batch, Handlers handlers) {
        // SmallRye calls a method consuming a Message with its next batch only once this Uni completes, so batches
        // stay in order; the blocking work runs on a worker thread, never on the event loop
        return Uni.createFrom().item(() -> {
                    apply(batch, handlers);
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItemOrFailure().transformToUni((done, failure) -> Uni.createFrom().completionStage(
                        failure == null ? batch.ack() : batch.nack(failure)));
    }

    private void apply(KafkaRecordBatch<?, String> batch, Handlers handlers) {
        List<ConsumerRecord<?, String>> records = new ArrayList<>();
        for (KafkaRecord<?, String> message : batch.getRecords()) {
            records.add(consumerRecord(message));
        }
        if (records.isEmpty()) {
            return;
        }
        if (records.size() > 1) {
            batches.increment();
            try {
                QuarkusTransaction.requiringNew().run(() -> records.forEach(r -> inbox.receive(r, handlers)));
                return;
            } catch (RuntimeException e) {
                fallbacks.increment();
                LOG.debugf("a batch of %d records from %s failed as one transaction (%s); applying them one by one",
                        records.size(), records.get(0).topic(), OutageLog.rootName(e));
            }
        }
        List<KafkaRecord<?, String>> messages = new ArrayList<>(batch.getRecords());
        for (int i = 0; i < records.size(); i++) {
            try {
                inbox.dispatch(records.get(i), handlers);
            } catch (RuntimeException e) {
                if (Inbox.poison(e) == null) {
                    throw e;
                }
                // dead-lettered alone, through the channel's failure strategy; the batch is acknowledged only after
                messages.get(i).nack(e).toCompletableFuture().join();
            }
        }
    }

    private static ConsumerRecord<?, String> consumerRecord(KafkaRecord<?, String> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<?, String> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a record read from Kafka"));
        return metadata.getRecord();
    }
}
