package cn.gov.zhangping.fertility.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fan-out through a broker that serves clients only over SASL_SSL with SCRAM-SHA-512, as on Kubernetes: the
 * suite runs with SUITE_KAFKA_SECURITY=sasl_ssl, so each service gets only KAFKA_* settings (security protocol,
 * mechanism, JAAS config with its own user, PEM truststore) and every Kafka client it has — the topic admin, the
 * outbox producer, the consumers and their dead-letter producers — must use them. Its own home and ports (offset
 * 2200), so it never meets BirthFanOutIT's suite.
 */
class SecuredKafkaFanOutIT {

    private static final Suite SUITE = new Suite("suite-sasl-it", 2200, Map.of("SUITE_KAFKA_SECURITY", "sasl_ssl"));
    private static final String TOPIC = "fertility.birth-registrations.v1";

    private static BirthFanOut fanOut;

    @BeforeAll
    static void startSuite() throws Exception {
        SUITE.up();
        fanOut = new BirthFanOut(SUITE);
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (fanOut != null) {
            fanOut.close();
        }
        SUITE.down();
    }

    /** A service's Kafka settings read the way Quarkus reads its KAFKA_* variables. */
    private static Map<String, Object> clientOf(String service) throws Exception {
        Map<String, String> infra = SUITE.infraEnv();
        Map<String, Object> config = new HashMap<>();
        Suite.readEnv(Path.of(infra.get("KAFKA_CLIENTS_DIR"), service + ".env")).forEach((name, value) ->
                config.put(name.substring("KAFKA_".length()).toLowerCase().replace('_', '.'), value));
        config.put("bootstrap.servers", infra.get("KAFKA_BOOTSTRAP_SERVERS"));
        config.put("request.timeout.ms", 5_000);
        config.put("default.api.timeout.ms", 10_000);
        return config;
    }

    @Test
    void birthsReachEveryConsumerThroughTheSecuredBroker() throws Exception {
        BirthFanOut.Latencies latencies = fanOut.run(50);
        fanOut.report("birth fan-out over SASL_SSL (SCRAM-SHA-512)", latencies);
    }

    @Test
    void theBrokerServesOnlyAuthenticatedTlsClientsAndTheServicesAreAmongThem() throws Exception {
        assertThat(SUITE.infraEnv()).containsEntry("KAFKA_SECURITY", "sasl_ssl");
        Map<String, Object> family = clientOf(BirthFanOut.FAMILY);
        assertThat(family).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PEM");

        Map<String, Object> plaintext = Map.of("bootstrap.servers", family.get("bootstrap.servers"),
                "request.timeout.ms", 3000, "default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(plaintext)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS)).as("a plaintext client").isNotNull();
        }

        try (Admin admin = Admin.create(family)) {
            // created at start-up by the services' topic admin, over SASL_SSL
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains(TOPIC, TOPIC + ".dlq");
            // each consumer joined its group over SASL_SSL
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Set<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(10, TimeUnit.SECONDS).stream()
                        .map(GroupListing::groupId).collect(Collectors.toSet());
                assertThat(groups).contains(BirthFanOut.BENEFIT, BirthFanOut.CHILDCARE, BirthFanOut.INDICATOR);
            });
        }
    }
}
