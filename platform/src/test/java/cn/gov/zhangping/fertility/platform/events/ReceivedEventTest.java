package cn.gov.zhangping.fertility.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    record Data(@NotNull String name, @Min(1) int order) {
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("t.v1", 2, 41L, "key", value);
        headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private static Map<String, String> headers() {
        return Map.of("ce_specversion", "1.0", "ce_id", "e-1", "ce_source", "/producer", "ce_type", "x.created.v1",
                "ce_subject", "s-1", "ce_time", "2026-11-30T08:00:00Z", "ce_dataschema", "https://example/x.json");
    }

    private static Validator validator() {
        return Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void readsTheBinaryModeAttributes() {
        ReceivedEvent e = ReceivedEvent.from(record(headers(), "{\"name\":\"a\",\"order\":2}"));
        assertThat(e.id()).isEqualTo("e-1");
        assertThat(e.source()).isEqualTo("/producer");
        assertThat(e.type()).isEqualTo("x.created.v1");
        assertThat(e.subject()).isEqualTo("s-1");
        assertThat(e.time()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(e.partition()).isEqualTo(2);
        assertThat(e.offset()).isEqualTo(41L);
        assertThat(e.dataAs(Data.class, MAPPER, validator())).isEqualTo(new Data("a", 2));
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsPoison() {
        assertThatThrownBy(() -> ReceivedEvent.from(record(Map.of(), "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("CloudEvents 1.0");
        Map<String, String> noId = new java.util.HashMap<>(headers());
        noId.remove("ce_id");
        assertThatThrownBy(() -> ReceivedEvent.from(record(noId, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_id");
    }

    @Test
    void aBadTimeOrNoDataIsPoison() {
        Map<String, String> badTime = new java.util.HashMap<>(headers());
        badTime.put("ce_time", "yesterday");
        assertThatThrownBy(() -> ReceivedEvent.from(record(badTime, "{}"))).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> ReceivedEvent.from(record(headers(), null))).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void unreadableOrInvalidDataIsPoisonWithoutEchoingTheData() {
        ReceivedEvent notJson = ReceivedEvent.from(record(headers(), "{ secret-value"));
        assertThatThrownBy(() -> notJson.dataAs(Data.class, MAPPER, validator()))
                .isInstanceOf(PoisonEventException.class).hasMessageNotContaining("secret-value");
        ReceivedEvent invalid = ReceivedEvent.from(record(headers(), "{\"name\":null,\"order\":0}"));
        assertThatThrownBy(() -> invalid.dataAs(Data.class, MAPPER, validator()))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not valid");
    }
}
