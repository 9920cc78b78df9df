package cn.gov.zhangping.fertility.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * The birth registration events as their consumers' tests need them ({@code registered}, {@code
 * registration-corrected} and {@code registration-cancelled}, all v1): event data with defaults, published on the
 * producer's topic with the producer's CloudEvent attributes, or made into a record to hand to a consumer directly.
 * The contract itself is owned by family-support-service (module {@code contracts}, {@code BirthEventTypes}).
 */
public final class BirthRegisteredEvents {

    public static final String TOPIC = "fertility.birth-registrations.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String TYPE = "cn.gov.zhangping.fertility.birth.registered.v1";
    public static final String CORRECTED_TYPE = "cn.gov.zhangping.fertility.birth.registration-corrected.v1";
    public static final String CANCELLED_TYPE = "cn.gov.zhangping.fertility.birth.registration-cancelled.v1";
    /** A version no consumer reads yet: its records must be dead-lettered. */
    public static final String UNKNOWN_VERSION_TYPE = "cn.gov.zhangping.fertility.birth.registered.v2";
    public static final String SOURCE = "/family-support-service";

    /**
     * Places that no consumer may accept, each replacing the defaults' township and community: a township that is
     * not one of the 16, and a community of another township. The same data for every consumer: what one rejects,
     * all reject.
     */
    public static final List<Map<String, Object>> INVALID_PLACES = List.of(
            Map.of("townshipCode", "350881999", "communityCode", "350881999001"),
            Map.of("townshipCode", "350881101", "communityCode", "350881102001"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private BirthRegisteredEvents() {
    }

    /**
     * Event data for {@code registrationId}: a girl, first child, born 2026-01-01 in 菁城街道 community 350881001003,
     * not a special family, not rural, with {@code fields} replacing those defaults.
     */
    public static String data(UUID registrationId, Map<String, Object> fields) {
        Map<String, Object> data = facts(registrationId);
        data.put("registeredAt", "2026-11-20T08:00:00Z");
        data.putAll(fields);
        return json(data);
    }

    /**
     * Data of a correction to {@code revision} (2 or more): the defaults of {@link #data} with {@code fields}
     * replacing them, {@code changedFields} naming birthOrder unless {@code fields} names others.
     */
    public static String corrected(UUID registrationId, int revision, Map<String, Object> fields) {
        Map<String, Object> data = facts(registrationId);
        data.put("revision", revision);
        data.put("changedFields", List.of("birthOrder"));
        data.put("correctedAt", "2026-11-21T08:00:00Z");
        data.putAll(fields);
        return json(data);
    }

    /** Data of the cancellation of {@code registrationId} at {@code revision}, made in error. */
    public static String cancelled(UUID registrationId, int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrationId", registrationId.toString());
        data.put("revision", revision);
        data.put("reason", "REGISTERED_IN_ERROR");
        data.put("cancelledAt", "2026-11-22T08:00:00Z");
        return json(data);
    }

    private static Map<String, Object> facts(UUID registrationId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrationId", registrationId.toString());
        data.put("sex", "FEMALE");
        data.put("birthDate", "2026-01-01");
        data.put("birthOrder", 1);
        data.put("townshipCode", "350881001");
        data.put("communityCode", "350881001003");
        data.put("specialFamily", false);
        data.put("rural", false);
        return data;
    }

    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes {@code data} as a new registered event about {@code registrationId}; returns the event id. */
    public static String publish(UUID registrationId, String data) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, registrationId, data);
        return eventId;
    }

    /** Publishes {@code data} as a registered event under {@code eventId}, as a redelivery would. */
    public static void publish(String eventId, UUID registrationId, String data) {
        publishAs(TYPE, eventId, registrationId, data);
    }

    /** Publishes {@code data} as an event of {@code type}, e.g. {@link #CORRECTED_TYPE} or {@link #UNKNOWN_VERSION_TYPE}. */
    public static void publishAs(String type, String eventId, UUID registrationId, String data) {
        publishFrom(SOURCE, type, eventId, registrationId, data);
    }

    /** Publishes {@code data} as an event of {@code type} from {@code source}, which may be another producer. */
    public static void publishFrom(String source, String type, String eventId, UUID registrationId, String data) {
        TestKafka.send(TOPIC, registrationId.toString(), data,
                TestKafka.cloudEvent(eventId, type, source, registrationId.toString()));
    }

    /**
     * Publishes records that every consumer of the topic must dead-letter, each about a registration of its own:
     * a registration and a correction in each of the {@link #INVALID_PLACES}, a cancellation at revision 1, a
     * registration at revision 2, and registrations from a stranger and from another producer of the suite. Returns
     * registration id → a part of the dead-letter reason.
     */
    public static Map<UUID, String> publishPoison() {
        Map<UUID, String> expected = new LinkedHashMap<>();
        for (Map<String, Object> place : INVALID_PLACES) {
            String reason = "350881999".equals(place.get("townshipCode")) ? "townshipCode is not a township code"
                    : "communityCode is not a community of townshipCode";
            UUID registered = UUID.randomUUID();
            publishAs(TYPE, UUID.randomUUID().toString(), registered, data(registered, place));
            expected.put(registered, reason);
            UUID corrected = UUID.randomUUID();
            publishAs(CORRECTED_TYPE, UUID.randomUUID().toString(), corrected, corrected(corrected, 2, place));
            expected.put(corrected, reason);
        }
        UUID cancelledFirst = UUID.randomUUID();
        publishAs(CANCELLED_TYPE, UUID.randomUUID().toString(), cancelledFirst, cancelled(cancelledFirst, 1));
        expected.put(cancelledFirst, "revision");
        UUID registeredSecond = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), registeredSecond, data(registeredSecond, Map.of("revision", 2)));
        expected.put(registeredSecond, "revision must be 1");
        UUID foreign = UUID.randomUUID();
        publishFrom("/someone-else", TYPE, UUID.randomUUID().toString(), foreign, data(foreign, Map.of()));
        expected.put(foreign, "unexpected event source /someone-else");
        // another producer of the suite is no more the birth topic's producer than a stranger (the trust boundary)
        UUID impostor = UUID.randomUUID();
        publishFrom("/childcare-registry-service", TYPE, UUID.randomUUID().toString(), impostor, data(impostor, Map.of()));
        expected.put(impostor, "unexpected event source /childcare-registry-service");
        return expected;
    }

    /**
     * Waits until every registration of {@code expected} has a dead letter from {@code consumerGroup} whose reason
     * contains the expected part.
     */
    public static void assertDeadLettered(Map<UUID, String> expected, String consumerGroup) {
        List<String> keys = expected.keySet().stream().map(UUID::toString).toList();
        List<ConsumerRecord<String, String>> dead = TestKafka.read(DEAD_LETTER_TOPIC, java.time.Duration.ofSeconds(30),
                rs -> rs.stream().map(ConsumerRecord::key).toList().containsAll(keys));
        expected.forEach((registration, reason) -> {
            String actual = TestKafka.deadLetterReason(dead, registration);
            if (!actual.contains(reason)) {
                throw new AssertionError("dead letter " + registration + ": reason '" + actual + "' lacks '" + reason + "'");
            }
            dead.stream().filter(r -> registration.toString().equals(r.key())).forEach(r -> {
                String group = TestKafka.header(r, "dead-letter-consumer-group");
                if (!consumerGroup.equals(group)) {
                    throw new AssertionError("dead letter " + registration + " from " + group + ", not " + consumerGroup);
                }
            });
        });
    }

    /**
     * The record a consumer would read for the event, to hand to its {@code @Incoming} method directly (partition 0,
     * the given offset). Lets a test apply many events without the broker; keep one test per consumer through it.
     */
    public static ConsumerRecord<String, String> record(String type, String eventId, UUID registrationId, String data,
                                                        long offset) {
        RecordHeaders headers = new RecordHeaders();
        TestKafka.cloudEvent(eventId, type, SOURCE, registrationId.toString())
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(TOPIC, 0, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, -1, registrationId.toString(), data, headers, Optional.empty());
    }
}
