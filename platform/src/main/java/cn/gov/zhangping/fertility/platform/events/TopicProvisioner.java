package cn.gov.zhangping.fertility.platform.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service produces to or consumes from, each with its {@code .dlq}, before messaging starts.
 * Brokers run with automatic topic creation off; partition count and replication factor are configuration.
 * On Kubernetes the topics are Strimzi resources and this is switched off.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    KafkaClientSettings kafkaSettings;

    @ConfigProperty(name = "fertility.topics.create", defaultValue = "true")
    boolean create;

    @ConfigProperty(name = "fertility.topics.names")
    Optional<List<String>> names;

    @ConfigProperty(name = "fertility.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fertility.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    @ConfigProperty(name = "fertility.topics.retention-ms", defaultValue = "-1")
    long retentionMs;

    @ConfigProperty(name = "fertility.topics.dead-letter-retention-ms", defaultValue = "2592000000")
    long deadLetterRetentionMs;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (create && names.isPresent()) {
            ensure(names.get());
        }
    }

    /** Creates the missing ones of {@code topics} and their dead-letter topics; returns the names it created. */
    public List<String> ensure(List<String> topics) {
        List<String> wanted = new ArrayList<>();
        for (String t : topics) {
            wanted.add(t);
            wanted.add(deadLetterTopic(t));
        }
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(kafkaSettings.with(config))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replicationFactor).configs(topicConfig(t))).toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
                LOG.infof("created topics %s with %d partitions", missing.stream().map(NewTopic::name).toList(), partitions);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not create topics %s: %s; the readiness check reports the broker", wanted, e.getMessage());
            return List.of();
        }
    }

    /**
     * Retention of a created topic: an event topic keeps its records for ever, so that a consumer can rebuild its
     * state from offset 0; a dead-letter topic keeps them {@code fertility.topics.dead-letter-retention-ms}.
     */
    Map<String, String> topicConfig(String topic) {
        long retention = topic.endsWith(".dlq") ? deadLetterRetentionMs : retentionMs;
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention),
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }
}
