package cn.gov.zhangping.fertility.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import cn.gov.zhangping.fertility.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Raw access to the test broker: send any record, read a topic from the start, stop and restart the broker. */
public final class TestKafka {

    private TestKafka() {
    }

    public static String bootstrapServers() {
        return SharedInfra.string("kafka.bootstrap");
    }

    public static void stopBroker() {
        ((Runnable) SharedInfra.get().get("kafka.stop")).run();
    }

    public static void startBroker() {
        ((Runnable) SharedInfra.get().get("kafka.start")).run();
    }

    /** CloudEvents binary-mode headers for an event of {@code type}. */
    public static Map<String, String> cloudEvent(String id, String type, String source, String subject) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        h.put(CloudEventHeaders.ID, id);
        h.put(CloudEventHeaders.TYPE, type);
        h.put(CloudEventHeaders.SOURCE, source);
        h.put(CloudEventHeaders.SUBJECT, subject);
        h.put(CloudEventHeaders.TIME, Instant.now().toString());
        h.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return h;
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            RecordHeaders h = new RecordHeaders();
            headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topic, null, key, value, h)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send test record to " + topic, e);
        }
    }

    /** Reads {@code topic} from the beginning until {@code done} holds for what was read, or {@code timeout} passes. */
    public static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
                                                             Predicate<List<ConsumerRecord<String, String>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (done.test(records)) {
                    break;
                }
            }
        }
        return records;
    }

    /** The number of partitions of {@code topic}, or -1 when it does not exist. */
    public static int partitions(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                return -1;
            }
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        }
    }

    /** A topic's configuration value, e.g. {@code retention.ms}. */
    public static String topicConfig(String topic, String name) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource).get(name);
            return entry == null ? null : entry.value();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the configuration of " + topic, e);
        }
    }

    /** The {@code dead-letter-reason} header of the dead-lettered record with {@code key}. */
    public static String deadLetterReason(List<ConsumerRecord<String, String>> deadLetters, Object key) {
        return deadLetters.stream().filter(r -> key.toString().equals(r.key())).findFirst()
                .map(r -> header(r, "dead-letter-reason"))
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key));
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
