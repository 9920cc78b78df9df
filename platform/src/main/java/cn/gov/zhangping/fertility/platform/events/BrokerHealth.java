package cn.gov.zhangping.fertility.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.health.api.HealthGroup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the broker answers, at {@code /q/health/group/broker}: neither readiness nor liveness, since a producer
 * keeps accepting requests while its outbox holds the events of an outage, and a consumer's readiness follows its
 * partitions ({@link ConsumerAssignments}). Bounded: a hung broker makes it answer DOWN within
 * {@code fertility.health.broker-timeout-ms}.
 */
@HealthGroup("broker")
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    @Inject
    KafkaClientSettings settings;

    @ConfigProperty(name = "fertility.health.broker-timeout-ms", defaultValue = "1500")
    int timeoutMs;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs)).nodes()
                    .get(timeoutMs + 500L, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka broker").up().withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("Kafka broker").down().build();
        } catch (Exception e) {
            // the kind of failure only: a message can name hosts
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return HealthCheckResponse.named("Kafka broker").down().withData("failure", cause.getClass().getSimpleName()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> own = new HashMap<>();
            own.put(AdminClientConfig.CLIENT_ID_CONFIG, "broker-health");
            own.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
            own.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
            own.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            admin = Admin.create(settings.with(own));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }
}
