package cn.gov.zhangping.fertility.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local broker with a SASL_SSL (SCRAM-SHA-512) listener: what it serves and what it refuses. */
class SaslSslBrokerTest {

    private static final List<String> USERS = List.of("family-support-service", "benefit-service");

    @TempDir
    static Path home;
    private static KafkaSecurity security;
    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        security = KafkaSecurity.prepare(home.resolve("kafka-security"), USERS);
        broker = KafkaBroker.start(home.resolve("kafka"), LocalInfra.freePort(), LocalInfra.freePort(), security);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static Map<String, Object> client(Map<String, String> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("default.api.timeout.ms", 5000);
        config.put("request.timeout.ms", 3000);
        return config;
    }

    @Test
    void aUserWithItsSettingsCreatesATopicProducesAndConsumes() throws Exception {
        try (Admin admin = Admin.create(client(security.clientSettings("family-support-service")))) {
            admin.createTopics(List.of(new NewTopic("sasl-test", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        Map<String, Object> producerConfig = client(security.clientSettings("family-support-service"));
        producerConfig.put("key.serializer", StringSerializer.class);
        producerConfig.put("value.serializer", StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>("sasl-test", "k", "over TLS")).get(10, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = client(security.clientSettings("benefit-service"));
        consumerConfig.put("group.id", "benefit-service");
        consumerConfig.put("auto.offset.reset", "earliest");
        consumerConfig.put("key.deserializer", StringDeserializer.class);
        consumerConfig.put("value.deserializer", StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of("sasl-test"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int received = 0;
            while (received == 0 && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (var r : records) {
                    assertEquals("over TLS", r.value());
                    received++;
                }
            }
            assertEquals(1, received);
        }
    }

    @Test
    void aPlaintextClientIsNotServed() {
        try (Admin admin = Admin.create(client(Map.of()))) {
            assertThrows(Exception.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, String> settings = new HashMap<>(security.clientSettings("benefit-service"));
        settings.put("sasl.jaas.config", settings.get("sasl.jaas.config").replaceFirst("password=\"[^\"]+\"", "password=\"wrong\""));
        try (Admin admin = Admin.create(client(settings))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        }
    }

    @Test
    void settingsAreMadeOnceKeptAndReadableByTheOwnerOnly() throws Exception {
        String certificate = Files.readString(security.certificate());
        KafkaSecurity again = KafkaSecurity.prepare(home.resolve("kafka-security"), USERS);

        assertEquals(certificate, Files.readString(again.certificate()));
        assertEquals(security.users(), again.users());
        List<String> lines = Files.readAllLines(again.clientEnv("benefit-service"));
        assertTrue(lines.contains("KAFKA_SECURITY_PROTOCOL=SASL_SSL"), lines.toString());
        assertTrue(lines.contains("KAFKA_SASL_MECHANISM=SCRAM-SHA-512"), lines.toString());
        assertTrue(lines.contains("KAFKA_SSL_TRUSTSTORE_TYPE=PEM"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("KAFKA_SASL_JAAS_CONFIG=") && l.contains("username=\"benefit-service\"")));
        assertEquals(Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(again.clientEnv("benefit-service")));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(home.resolve("kafka-security")));
    }
}
