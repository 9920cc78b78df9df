package cn.gov.zhangping.fertility.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailStop;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The consumers' failure strategy ({@code failure-strategy=poison-dead-letter-queue}): a poison record goes to the
 * channel's dead-letter topic, exactly as SmallRye's {@code dead-letter-queue} strategy sends it; any other failure
 * reaches here only when the service stops in the middle of retrying (see {@link Inbox}), and then the channel stops
 * without committing the record's offset, so the record is read again after the restart instead of being
 * dead-lettered.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetterQueue.STRATEGY)
public class PoisonOnlyDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "poison-dead-letter-queue";
    /** Header of a dead letter naming the consumer group that gave up on it; the reason is in {@code dead-letter-reason}. */
    public static final String CONSUMER_GROUP_HEADER = "dead-letter-consumer-group";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler poison = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = new KafkaFailStop(config.getChannel(), reportFailure);
        byte[] group = config.getGroupId().orElse(config.getChannel()).getBytes(StandardCharsets.UTF_8);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (Inbox.poison(reason) == null) {
                    return stop.handle(record, reason, metadata);
                }
                // the dead letter keeps the record's headers: say which consumer gave up on it
                record.getHeaders().remove(CONSUMER_GROUP_HEADER).add(CONSUMER_GROUP_HEADER, group);
                return poison.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                poison.terminate();
                stop.terminate();
            }
        };
    }
}
