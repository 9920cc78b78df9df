package cn.gov.zhangping.fertility.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator commands against a real broker: listing and replaying dead letters, resetting a group, its lag. */
class MessagingToolsTest {

    private static final String TOPIC = "fertility.tools-test.v1";
    private static final String DLQ = TOPIC + ".dlq";

    @TempDir
    static Path home;
    private static KafkaBroker broker;
    private static Map<String, Object> client;

    @BeforeAll
    static void start() throws Exception {
        broker = KafkaBroker.start(home.resolve("kafka"), LocalInfra.freePort(), LocalInfra.freePort());
        client = MessagingTools.clientSettings(broker.bootstrapServers(), Map.of("KAFKA_REQUEST_TIMEOUT_MS", "10000"));
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1), new NewTopic(DLQ, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static void send(String topic, String key, String value, Map<String, String> headers) throws Exception {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> p = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, 0, key, value, h)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int atLeast) {
        Map<String, Object> config = new HashMap<>(client);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var tp = new org.apache.kafka.common.TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void aDeadLetterIsListedWithoutItsDataAndReplayedToItsTopicWithItsKeyAndEventHeaders() throws Exception {
        send(DLQ, "reg-1", "{\"secret\":\"350881199003150026\"}", Map.of(
                "ce_id", "event-1", "ce_type", "cn.gov.zhangping.fertility.birth.registered.v1",
                "dead-letter-topic", TOPIC, "dead-letter-reason", "event event-1 data is not valid: townshipCode",
                "dead-letter-consumer-group", "indicator-service"));

        List<String> all = MessagingTools.listDeadLetters(client, DLQ, null);
        assertEquals(1, all.size());
        String line = all.get(0);
        assertTrue(line.contains("key=reg-1") && line.contains("id=event-1") && line.contains("group=indicator-service")
                && line.contains("reason=event event-1 data is not valid"), line);
        assertTrue(!line.contains("350881199003150026"), "a dead letter is listed without its data");
        assertEquals(0, MessagingTools.listDeadLetters(client, DLQ, "benefit-service").size());

        String replayed = MessagingTools.replay(client, DLQ, 0, 0);
        assertTrue(replayed.contains(TOPIC + "-0@"), replayed);
        ConsumerRecord<String, String> back = readAll(TOPIC, 1).get(0);
        assertEquals("reg-1", back.key());
        assertEquals("event-1", new String(back.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        assertNull(back.headers().lastHeader("dead-letter-reason"));
        assertThrows(IllegalArgumentException.class, () -> MessagingTools.replay(client, DLQ, 0, 99));
    }

    @Test
    void aStoppedGroupIsMovedBackToTheStartAndItsLagShowsIt() throws Exception {
        String topic = "fertility.tools-lag.v1";
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        for (int i = 0; i < 3; i++) {
            send(topic, "k" + i, "v" + i, Map.of());
        }
        Map<String, Object> config = new HashMap<>(client);
        config.put("group.id", "tools-test-group");
        config.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen < 3 && System.nanoTime() < deadline) {
                seen += c.poll(Duration.ofMillis(200)).count();
            }
            c.commitSync();
        }
        assertEquals(0, MessagingTools.lag(client, "tools-test-group", List.of(topic)));
        MessagingTools.resetGroup(client, "tools-test-group", List.of(topic));
        assertEquals(3, MessagingTools.lag(client, "tools-test-group", List.of(topic)));
    }

    @Test
    void onlyPlainTableNamesAreTruncated() {
        assertThrows(IllegalArgumentException.class,
                () -> MessagingTools.truncate("jdbc:postgresql://127.0.0.1:1/x", "u", "p", List.of("birth_count; DROP TABLE x")));
    }
}
