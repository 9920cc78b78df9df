package cn.gov.zhangping.fertility.platform.inbox;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import cn.gov.zhangping.fertility.platform.events.ReceivedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The consumer side of exactly-once effects. Called inside the consumer's transaction: records the event id in
 * {@code inbox_event} and hands back the event only the first time it is seen. The effect then commits together
 * with the inbox row, so a redelivered event changes nothing and a failed effect leaves no inbox row.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    private final ObjectMapper mapper;

    @Inject
    Inbox(ObjectMapper mapper) {
        // tolerant reader: within an event version producers may add optional fields
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Inject
    Validator validator;

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
