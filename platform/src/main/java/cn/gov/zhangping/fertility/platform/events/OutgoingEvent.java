package cn.gov.zhangping.fertility.platform.events;

/**
 * An event to publish through the outbox.
 *
 * @param topic      versioned topic, e.g. {@code fertility.birth-registrations.v1}
 * @param type       versioned CloudEvents type, e.g. {@code cn.gov.zhangping.fertility.birth.registered.v1}
 * @param subject    the aggregate id; also the record key, so one aggregate's events keep their order
 * @param dataSchema URI of the JSON Schema of {@code data}
 * @param data       the event data, serialised as JSON; never names, ID numbers or phone numbers
 */
public record OutgoingEvent(String topic, String type, String subject, String dataSchema, Object data) {
}
