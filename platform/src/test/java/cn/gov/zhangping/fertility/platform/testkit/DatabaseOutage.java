package cn.gov.zhangping.fertility.platform.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.restassured.RestAssured;
import org.awaitility.Awaitility;

/**
 * A database outage for tests: PostgreSQL shut down in immediate mode, kept away while the test acts, and started
 * again with the same data. {@link #LENGTH} is longer than a routine restart or fail-over, and far longer than any
 * retry budget a consumer might have.
 */
public final class DatabaseOutage {

    public static final Duration LENGTH = Duration.ofSeconds(Long.getLong("fertility.test.outage-seconds", 60));

    private DatabaseOutage() {
    }

    /**
     * Stops the database, runs {@code whileAway}, waits until {@code length} has passed since the stop, and starts
     * the database again, even when {@code whileAway} fails.
     */
    public static void during(Duration length, Runnable whileAway) {
        TestDatabase.stopImmediately();
        long stoppedAt = System.nanoTime();
        try {
            whileAway.run();
            long left = length.toNanos() - (System.nanoTime() - stoppedAt);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            TestDatabase.start();
        }
    }

    /**
     * The consumers' outage drill: publishes {@code births} births about new registrations, half just before the
     * database stops and half (plus a redelivery of one of them) while it is away for {@link #LENGTH}. Checks that
     * the service reports not ready while the database is away, then starts it again. Returns the registrations,
     * each of which the caller then expects to see applied exactly once, and none of which may be dead-lettered.
     */
    public static List<UUID> withEventsInFlight(int births, Function<UUID, String> data) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < births; i++) {
            ids.add(UUID.randomUUID());
        }
        int half = births / 2;
        for (UUID id : ids.subList(0, half)) {
            BirthRegisteredEvents.publish(id, data.apply(id));
        }
        during(LENGTH, () -> {
            String redelivered = null;
            UUID first = null;
            for (UUID id : ids.subList(half, births)) {
                String eventId = BirthRegisteredEvents.publish(id, data.apply(id));
                if (redelivered == null) {
                    redelivered = eventId;
                    first = id;
                }
            }
            if (first != null) {
                BirthRegisteredEvents.publish(redelivered, first, data.apply(first));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    RestAssured.given().when().get("/q/health/ready").then().statusCode(503));
        });
        return ids;
    }

    /** Fails if any of {@code ids} reached the dead-letter topic of the birth events. */
    public static void assertNoneDeadLettered(List<UUID> ids) {
        List<String> keys = TestKafka.read(BirthRegisteredEvents.DEAD_LETTER_TOPIC, Duration.ofSeconds(2), rs -> false)
                .stream().map(r -> r.key()).toList();
        for (UUID id : ids) {
            if (keys.contains(id.toString())) {
                throw new AssertionError("registration " + id + " was dead-lettered");
            }
        }
    }

    /** Collects the log records of {@code Level.WARNING} and above that the application writes while it is open. */
    public static final class LogWatch implements AutoCloseable {

        private final Logger root = Logger.getLogger("");
        private final List<LogRecord> records = new ArrayList<>();
        private final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (records) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        public LogWatch() {
            root.addHandler(handler);
        }

        /**
         * Records at {@code level} (compared by value: JBoss Log Manager's WARN is {@code Level.WARNING}, its ERROR
         * is {@code Level.SEVERE}) from loggers whose name starts with {@code loggerPrefix}.
         */
        public long count(Level level, String loggerPrefix) {
            synchronized (records) {
                return records.stream().filter(r -> r.getLevel().intValue() == level.intValue())
                        .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith(loggerPrefix)).count();
            }
        }

        @Override
        public void close() {
            root.removeHandler(handler);
        }
    }
}
