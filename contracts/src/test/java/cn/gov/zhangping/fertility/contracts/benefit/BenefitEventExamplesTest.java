package cn.gov.zhangping.fertility.contracts.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhangping.fertility.contracts.birth.EventContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example events of benefit-service: every valid one passes the JSON Schema and the Java record, every invalid one
 * fails both, both kinds are there, and each valid payment's split adds up to its amount.
 */
class BenefitEventExamplesTest {

    private static final String ROOT = "/examples/benefit/";
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> examples() {
        List<JsonNode> all = new ArrayList<>();
        read("index.json").path("examples").forEach(f -> all.add(read(f.asText())));
        return all;
    }

    private static JsonNode read(String file) {
        try (InputStream in = BenefitEventExamplesTest.class.getResourceAsStream(ROOT + file)) {
            assertThat(in).as(ROOT + file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theSchemaAndTheRecordAgreeOnEveryExample(JsonNode example) {
        String type = example.at("/headers/ce_type").asText();
        String data = example.path("data").toString();
        assertThat(type).isEqualTo(BenefitEventTypes.PAYMENT_RECORDED_V1);
        assertThat(example.at("/headers/ce_source").asText()).isEqualTo(BenefitEventTypes.SOURCE);
        assertThat(example.at("/headers/ce_dataschema").asText()).isEqualTo(BenefitEventTypes.schemaOf(type));
        assertThat(example.path("key").asText()).isEqualTo(example.at("/headers/ce_subject").asText());
        if (example.path("valid").asBoolean()) {
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isEmpty();
            assertThat(EventContract.recordErrors(PaymentRecordedV1.class, data)).as("Java record").isEmpty();
            long split = 0;
            for (JsonNode share : example.at("/data/split")) {
                split += share.path("amountFen").asLong();
            }
            assertThat(split).isEqualTo(example.at("/data/amountFen").asLong());
        } else {
            assertThat(example.path("invalidBecause").asText()).isNotBlank();
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isNotEmpty();
            assertThat(EventContract.recordErrors(PaymentRecordedV1.class, data)).as("Java record").isNotEmpty();
        }
    }

    @Test
    void thereAreValidAndInvalidExamples() {
        assertThat(examples()).anyMatch(e -> e.path("valid").asBoolean()).anyMatch(e -> !e.path("valid").asBoolean());
    }
}
