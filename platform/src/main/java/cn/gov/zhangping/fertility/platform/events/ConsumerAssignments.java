package cn.gov.zhangping.fertility.platform.events;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which partitions each event consumer holds, as its group's rebalances tell it (every incoming Kafka channel uses
 * this listener: {@code consumer-rebalance-listener.name=fertility-assignments}). A consumer service is ready only
 * while every one of its consumers holds its assignment: from start-up, or after a rebalance took its partitions
 * away, until the group coordinator hands them (back) to it. An empty assignment counts (a spare replica is idle,
 * not broken). The check reads what the listener recorded and never calls the broker, so it answers at once even
 * when the broker hangs. A service whose consumers are a side feed (family-support's copy of the community
 * register) switches it off with {@code fertility.readiness.consumers-assigned=false}.
 */
@ApplicationScoped
@Identifier("fertility-assignments")
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

    /** The partitions a consumer holds; a consumer is absent until its first assignment and after it lost it. */
    private final Map<Consumer<?, ?>, Set<TopicPartition>> held = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.computeIfAbsent(consumer, c -> Collections.synchronizedSet(new HashSet<>())).addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<TopicPartition> mine = held.get(consumer);
        if (mine != null) {
            mine.removeAll(partitions);
            if (mine.isEmpty()) {
                // an eager rebalance takes everything first: not ready until the group assigns again
                held.remove(consumer);
            }
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.remove(consumer);
    }

    /** The partitions {@code consumer} holds, or null while it holds no assignment. */
    Set<TopicPartition> of(Object consumer) {
        Set<TopicPartition> mine = held.get(consumer);
        return mine == null ? null : Set.copyOf(mine);
    }

    /** Readiness: up while every incoming Kafka channel's consumer holds its assignment. */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @Inject
        @Identifier("fertility-assignments")
        ConsumerAssignments assignments;

        @Inject
        KafkaClientService clients;

        @ConfigProperty(name = "fertility.readiness.consumers-assigned", defaultValue = "true")
        boolean required;

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("event consumers' partitions").up();
            if (!required) {
                return b.withData("checked", false).build();
            }
            for (String channel : clients.getConsumerChannels()) {
                var consumer = clients.getConsumer(channel);
                Set<TopicPartition> partitions = consumer == null ? null : assignments.of(consumer.unwrap());
                if (partitions == null) {
                    b.down().withData(channel, "no assignment from the consumer group yet");
                } else {
                    b.withData(channel, partitions.size() + " partitions");
                }
            }
            return b.build();
        }
    }
}
