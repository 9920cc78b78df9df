package cn.gov.zhangping.fertility.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"benefit-service\" password=\"secret\";";

    /** What Quarkus makes of KAFKA_* variables like the ones the Kubernetes manifests set. */
    private static Map<String, Object> secured() {
        Map<String, Object> shared = new HashMap<>();
        shared.put("bootstrap.servers", "fertility-kafka-bootstrap:9093");
        shared.put("security.protocol", "SASL_SSL");
        shared.put("sasl.mechanism", "SCRAM-SHA-512");
        shared.put("sasl.jaas.config", JAAS);
        shared.put("ssl.truststore.location", "/etc/fertility/kafka-ca/ca.crt");
        shared.put("ssl.truststore.type", "PEM");
        shared.put("group.id", "benefit-service");
        return shared;
    }

    @Test
    void everyConnectionSettingReachesTheClient() {
        Map<String, Object> config = new KafkaClientSettings(secured()).with(Map.of(ProducerConfig.ACKS_CONFIG, "all"));

        assertThat(config).containsEntry("bootstrap.servers", "fertility-kafka-bootstrap:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.location", "/etc/fertility/kafka-ca/ca.crt")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    @Test
    void theClientsOwnSettingsWin() {
        Map<String, Object> shared = secured();
        shared.put(ProducerConfig.ACKS_CONFIG, "1");

        Map<String, Object> config = new KafkaClientSettings(shared).with(Map.of(ProducerConfig.ACKS_CONFIG, "all"));

        assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    @Test
    void theConsumerGroupIsLeftToTheConsumers() {
        assertThat(new KafkaClientSettings(secured()).with(Map.of())).doesNotContainKey("group.id");
    }

    @Test
    void theResultIsAValidProducerAndAdminConfiguration() {
        KafkaClientSettings settings = new KafkaClientSettings(secured());
        Map<String, Object> own = Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);

        ProducerConfig producer = new ProducerConfig(settings.with(own));
        AdminClientConfig admin = new AdminClientConfig(settings.with(Map.of()));

        assertThat(producer.getString("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(producer.getPassword("sasl.jaas.config").value()).isEqualTo(JAAS);
        assertThat(admin.getString("ssl.truststore.type")).isEqualTo("PEM");
    }

    @Test
    void theSharedSettingsAreNotChangedByAClient() {
        KafkaClientSettings settings = new KafkaClientSettings(secured());
        settings.with(Map.of("security.protocol", "PLAINTEXT"));

        assertThat(settings.with(Map.of())).containsEntry("security.protocol", "SASL_SSL");
    }
}
