package cn.gov.zhangping.fertility.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode. */
public record ReceivedEvent(String id, String source, String type, String subject, Instant time,
                            String dataSchema, String data, String topic, int partition, long offset) {

    /** Reads the {@code ce_*} headers; a record without the required attributes is poison. */
    public static ReceivedEvent from(ConsumerRecord<?, String> record) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String id = required(record, CloudEventHeaders.ID);
        String source = required(record, CloudEventHeaders.SOURCE);
        String type = required(record, CloudEventHeaders.TYPE);
        String timeText = header(record, CloudEventHeaders.TIME);
        Instant time;
        try {
            time = timeText == null ? null : Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        return new ReceivedEvent(id, source, type, header(record, CloudEventHeaders.SUBJECT), time,
                header(record, CloudEventHeaders.DATA_SCHEMA), record.value(),
                record.topic(), record.partition(), record.offset());
    }

    /** Reads the data as {@code type} and checks its constraints; unreadable or invalid data is poison. */
    public <T> T dataAs(Class<T> dataType, ObjectMapper mapper, Validator validator) {
        T value;
        try {
            value = mapper.readValue(data, dataType);
        } catch (JsonProcessingException e) {
            // the reason names where reading failed, never what the data said
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new PoisonEventException("event " + id + " data is not a readable " + type + at);
        }
        if (value == null) {
            throw new PoisonEventException("event " + id + " data is null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> v = violations.iterator().next();
            throw new PoisonEventException("event " + id + " data is not valid: " + v.getPropertyPath() + " " + v.getMessage());
        }
        return value;
    }

    private static String required(ConsumerRecord<?, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record has no " + name + " header");
        }
        return value;
    }

    private static String header(ConsumerRecord<?, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
