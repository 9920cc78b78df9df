package cn.gov.zhangping.fertility.platform.events;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The connection settings that every Kafka client of a service shares, from one place: the {@code kafka.*}
 * configuration (in the environment {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}, ...).
 * Quarkus gathers it into the {@code default-kafka-broker} map that SmallRye's consumers and dead-letter producers
 * already use; the outbox producer and the topic admin client take the same map from here, so TLS and SASL settings
 * reach all of them or none.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> shared;

    @Inject
    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> shared) {
        this.shared = new HashMap<>(shared);
        // Quarkus adds the application name as group.id for SmallRye's consumers; producers and admins have no group
        this.shared.remove(ConsumerConfig.GROUP_ID_CONFIG);
    }

    /**
     * The shared settings plus a client's own. The client's own win: the outbox relay needs {@code acks=all} and its
     * short time-outs whatever the environment says.
     */
    public Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(shared);
        config.putAll(own);
        return config;
    }
}
