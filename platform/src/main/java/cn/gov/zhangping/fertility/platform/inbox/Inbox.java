package cn.gov.zhangping.fertility.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import cn.gov.zhangping.fertility.platform.events.ReceivedEvent;
import cn.gov.zhangping.fertility.platform.resilience.OutageLog;
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
 * {@link #dispatch} is what a consumer calls, once per record, with the {@link Handlers} of its channel: each
 * attempt runs in a transaction of its own. A poison record (unreadable, from another producer, unknown type or
 * version, invalid data) is not retried and goes to the dead-letter topic at once.
 * Any other failure (the database or broker away, a lock or statement time-out) is retried with a pause that grows
 * to {@code fertility.inbox.max-retry-pause-ms}, for as long as it takes: the consumer holds its place in the
 * partition, reports not ready ({@link ConsumerStalls}) and carries on with the next record once this one is
 * applied. Nothing that may pass is ever dead-lettered. When the service begins to stop ({@link ServiceStopping}) the
 * retries end with the last failure: the record's offset is not committed and it is read again after the restart.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final long WARN_EVERY_MS = 60_000;

    private final ObjectMapper mapper;

    @ConfigProperty(name = "fertility.inbox.first-retry-pause-ms", defaultValue = "200")
    long firstRetryPauseMs;

    @ConfigProperty(name = "fertility.inbox.max-retry-pause-ms", defaultValue = "10000")
    long maxRetryPauseMs;

    @Inject
    ConsumerStalls stalls;

    @Inject
    ServiceStopping stopping;

    @Inject
    Inbox(ObjectMapper mapper) {
        // tolerant reader: within an event version producers may add optional fields
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Inject
    Validator validator;

    /**
     * Reads the record as an event for {@code handlers} and applies its handler exactly once (see the class
     * comment). Call it from an {@code @Incoming @Blocking} method that is not itself {@code @Transactional}.
     */
    public void dispatch(ConsumerRecord<?, String> record, Handlers handlers) {
        String partition = record.topic() + "-" + record.partition();
        String where = partition + "@" + record.offset();
        long[] lastWarn = {0};
        int attempts = Attempts.untilDone(firstRetryPauseMs, maxRetryPauseMs, e -> poison(e) == null,
                (failure, attempt, pause) -> {
                    String kind = OutageLog.rootName(failure);
                    stalls.failing(partition, where, attempt, kind);
                    long now = System.currentTimeMillis();
                    if (now - lastWarn[0] >= WARN_EVERY_MS) {
                        lastWarn[0] = now;
                        LOG.warnf("record %s could not be applied (attempt %d, %s); retrying until it can, next in %d ms",
                                where, attempt, kind, pause);
                    }
                },
                stopping,
                () -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> receive(record, handlers));
                    } catch (RuntimeException e) {
                        PoisonEventException poison = poison(e);
                        throw poison != null ? poison : e;
                    }
                });
        if (attempts > 1) {
            stalls.cleared(partition);
            LOG.infof("record %s applied after %d attempts", where, attempts);
        }
    }

    static PoisonEventException poison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException p) {
                return p;
            }
        }
        return null;
    }

    /**
     * Reads the record as a CloudEvent from the handlers' source, of a type they handle, with valid data, and runs
     * that type's handler unless the event was processed before. A record from another source, of another type or
     * version, or with unreadable or invalid data is poison.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(ConsumerRecord<?, String> record, Handlers handlers) {
        ReceivedEvent event = ReceivedEvent.from(record);
        // the trust boundary: only the topic's one producer (contracts, EventProducers) may be the source
        String producer = EventProducers.of(record.topic()).orElse(handlers.source());
        if (!producer.equals(event.source()) || !handlers.source().equals(event.source())) {
            throw new PoisonEventException("unexpected event source " + event.source() + " on " + record.topic()
                    + " (only " + producer + " produces it)");
        }
        Handlers.Handler<?> handler = handlers.handlerOf(event.type());
        if (handler == null) {
            throw new PoisonEventException("unsupported event type " + event.type() + " on " + record.topic()
                    + " (this consumer reads " + String.join(", ", handlers.types()) + ")");
        }
        apply(event, handler);
    }

    private <T> void apply(ReceivedEvent event, Handlers.Handler<T> handler) {
        T data = event.dataAs(handler.dataType(), mapper, validator);
        if (firstTime(event)) {
            handler.effect().accept(data);
        }
    }

    /** Records the event in {@code inbox_event}; false when it is there already (a redelivery). */
    private boolean firstTime(ReceivedEvent event) {
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
        return inserted == 1;
    }
}
