package cn.gov.zhangping.fertility.platform.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The records a consumer is retrying because a failure that may pass stops it from applying them. While there is
 * one, the service is not ready: it holds its place in the partition and does no work.
 */
@ApplicationScoped
public class ConsumerStalls {

    /** Where a consumer is stuck, since when, and the kind of failure (a class name, never a message). */
    record Stall(String record, Instant since, int attempts, String failure) {
    }

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    void failing(String partition, String record, int attempts, String failure) {
        stalls.compute(partition, (k, old) -> new Stall(record, old != null && old.record().equals(record) ? old.since() : Instant.now(),
                attempts, failure));
    }

    void cleared(String partition) {
        stalls.remove(partition);
    }

    public boolean stalled() {
        return !stalls.isEmpty();
    }

    /** The service's readiness: down while a consumer cannot apply a record. */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @Inject
        ConsumerStalls stalls;

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("event consumers").status(stalls.stalls.isEmpty());
            stalls.stalls.forEach((partition, s) -> b.withData(partition,
                    "retrying " + s.record() + " since " + s.since() + " (" + s.attempts() + " attempts, " + s.failure() + ")"));
            return b.build();
        }
    }
}
