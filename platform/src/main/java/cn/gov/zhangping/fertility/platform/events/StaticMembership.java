package cn.gov.zhangping.fertility.platform.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.ClientCustomizer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Static group membership for every event consumer: {@code group.instance.id} is this instance's name
 * ({@code fertility.kafka.instance-id}: the service name locally, the pod name on Kubernetes) plus the channel, so
 * that a consumer killed and restarted rejoins as the same member and the coordinator hands its partitions straight
 * back, without waiting for the session of the dead member to expire or rebalancing the group. A member that is
 * gone for good gives its partitions up after {@code session.timeout.ms} (platform default 30 s).
 */
@ApplicationScoped
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    @ConfigProperty(name = "fertility.kafka.instance-id")
    String instanceId;

    @ConfigProperty(name = "fertility.kafka.static-membership", defaultValue = "true")
    boolean enabled;

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (enabled && isConsumer(config)) {
            config.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, memberName(instanceId, channel));
        }
        return config;
    }

    static boolean isConsumer(Map<String, Object> config) {
        return config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                && !config.containsKey(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
    }

    /** One member per instance and channel: the channels of a service share its group. */
    static String memberName(String instanceId, String channel) {
        return instanceId + "-" + channel;
    }
}
