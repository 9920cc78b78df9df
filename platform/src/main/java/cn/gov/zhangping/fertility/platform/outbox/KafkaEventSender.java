package cn.gov.zhangping.fertility.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.events.CloudEventHeaders;
import cn.gov.zhangping.fertility.platform.events.KafkaClientSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows as CloudEvents in Kafka binary mode with an idempotent, {@code acks=all} producer.
 * Send and delivery time-outs are short and bounded so that a relay pass ends soon when the broker is away.
 */
@ApplicationScoped
public class KafkaEventSender {

    @Inject
    KafkaClientSettings kafkaSettings;

    @ConfigProperty(name = "fertility.events.source")
    String source;

    @ConfigProperty(name = "fertility.outbox.send-timeout-ms", defaultValue = "5000")
    int sendTimeoutMs;

    private KafkaProducer<String, byte[]> producer;

    public Future<RecordMetadata> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.id.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, row.eventType);
        header(headers, CloudEventHeaders.SUBJECT, row.subject);
        header(headers, CloudEventHeaders.TIME, row.occurredAt.toString());
        if (row.dataSchema != null) {
            header(headers, CloudEventHeaders.DATA_SCHEMA, row.dataSchema);
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic, null, row.recordKey,
                row.payload.getBytes(StandardCharsets.UTF_8), headers);
        return producer().send(record);
    }

    /** How long the relay waits at most for one acknowledgement. */
    public long ackTimeoutMs() {
        return 3L * sendTimeoutMs;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.CLIENT_ID_CONFIG, source.replace("/", "") + "-outbox");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutMs);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, sendTimeoutMs);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * sendTimeoutMs);
            config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            producer = new KafkaProducer<>(kafkaSettings.with(config));
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
