package cn.gov.zhangping.fertility.platform.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code cn.gov.zhangping.fertility.birth.registered.v1} as its consumers' tests need it: event data with defaults,
 * published on the producer's topic with the producer's CloudEvent attributes. The contract itself is owned by
 * family-support-service ({@code /schemas/birth.registered.v1.json}).
 */
public final class BirthRegisteredEvents {

    public static final String TOPIC = "fertility.birth-registrations.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String TYPE = "cn.gov.zhangping.fertility.birth.registered.v1";
    /** A version no consumer reads yet: its records must be dead-lettered. */
    public static final String UNKNOWN_VERSION_TYPE = "cn.gov.zhangping.fertility.birth.registered.v2";
    public static final String SOURCE = "/family-support-service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BirthRegisteredEvents() {
    }

    /**
     * Event data for {@code registrationId}: a girl, first child, born 2026-01-01 in 菁城街道 community 350881001003,
     * not a special family, not rural, with {@code fields} replacing those defaults.
     */
    public static String data(UUID registrationId, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrationId", registrationId.toString());
        data.put("sex", "FEMALE");
        data.put("birthDate", "2026-01-01");
        data.put("birthOrder", 1);
        data.put("townshipCode", "350881001");
        data.put("communityCode", "350881001003");
        data.put("specialFamily", false);
        data.put("rural", false);
        data.put("registeredAt", "2026-11-20T08:00:00Z");
        data.putAll(fields);
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes {@code data} as a new event about {@code registrationId}; returns the event id. */
    public static String publish(UUID registrationId, String data) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, registrationId, data);
        return eventId;
    }

    /** Publishes {@code data} under {@code eventId}, as a redelivery would. */
    public static void publish(String eventId, UUID registrationId, String data) {
        publishAs(TYPE, eventId, registrationId, data);
    }

    /** Publishes {@code data} as an event of another {@code type}, e.g. {@link #UNKNOWN_VERSION_TYPE}. */
    public static void publishAs(String type, String eventId, UUID registrationId, String data) {
        TestKafka.send(TOPIC, registrationId.toString(), data,
                TestKafka.cloudEvent(eventId, type, SOURCE, registrationId.toString()));
    }
}
