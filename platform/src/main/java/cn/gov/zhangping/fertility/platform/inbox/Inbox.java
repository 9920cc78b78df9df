package cn.gov.zhangping.fertility.platform.inbox;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import cn.gov.zhangping.fertility.platform.events.ReceivedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The consumer side of exactly-once effects: the event id goes into {@code inbox_event} in the same transaction as
 * the effect, so a redelivered event changes nothing and a failed effect leaves no inbox row.
 * <p>
 * {@link #process} is what a consumer calls: each attempt runs in a transaction of its own; a failure that may pass
 * (the database briefly away, a lock time-out) is retried with a growing pause, while a poison record (unreadable,
 * unknown type or version, invalid data) is not retried and goes to the dead-letter topic at once. So is a record
 * whose last attempt fails: it is kept there, with the reason, rather than blocking the stream.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final ObjectMapper mapper;

    @ConfigProperty(name = "fertility.inbox.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "fertility.inbox.first-retry-pause-ms", defaultValue = "200")
    long firstRetryPauseMs;

    @Inject
    Inbox(ObjectMapper mapper) {
        // tolerant reader: within an event version producers may add optional fields
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Inject
    Validator validator;

    /**
     * Applies {@code effect} to the record's data exactly once (see the class comment). Call it from an
     * {@code @Incoming @Blocking} method that is not itself {@code @Transactional}.
     */
    public <T> void process(ConsumerRecord<?, String> record, String expectedType, Class<T> dataType, Consumer<T> effect) {
        Attempts.run(attempts, firstRetryPauseMs, e -> poison(e) == null,
                (failure, attempt) -> LOG.warnf("record %s-%d@%d failed on attempt %d of %d (%s); retrying",
                        record.topic(), record.partition(), record.offset(), attempt, attempts,
                        failure.getClass().getSimpleName()),
                () -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> receive(record, expectedType, dataType).ifPresent(effect));
                    } catch (RuntimeException e) {
                        PoisonEventException poison = poison(e);
                        throw poison != null ? poison : e;
                    }
                });
    }

    private static PoisonEventException poison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException p) {
                return p;
            }
        }
        return null;
    }

    /**
     * Reads the record as a CloudEvent of {@code expectedType} with data of {@code dataType}. Empty when the event
     * was processed before. A record of another type or version, or with unreadable data, is poison.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> receive(ConsumerRecord<?, String> record, String expectedType, Class<T> dataType) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!expectedType.equals(event.type())) {
            throw new PoisonEventException("unsupported event type " + event.type() + " on " + record.topic()
                    + " (this consumer reads " + expectedType + ")");
        }
        T data = event.dataAs(dataType, mapper, validator);
        int inserted = em.createNativeQuery("""
                        INSERT INTO inbox_event (source, event_id, event_type, topic, partition_no, record_offset, received_at)
                        VALUES (:source, :id, :type, :topic, :partition, :offset, now())
                        ON CONFLICT (source, event_id) DO NOTHING""")
                .setParameter("source", event.source())
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("topic", event.topic())
                .setParameter("partition", event.partition())
                .setParameter("offset", event.offset())
                .executeUpdate();
        return inserted == 1 ? Optional.of(data) : Optional.empty();
    }
}
