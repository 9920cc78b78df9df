package cn.gov.zhangping.fertility.contracts.household;

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
 * The example events of family-planning households (family-support-service): every valid one
 * passes the JSON Schema and the Java record, every invalid one fails both, and each type has both kinds.
 */
class HouseholdEventExamplesTest {

    private static final String ROOT = "/examples/household/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = HouseholdEventTypes.ALL;

    static List<JsonNode> examples() {
        List<JsonNode> all = new ArrayList<>();
        read("index.json").path("examples").forEach(f -> all.add(read(f.asText())));
        return all;
    }

    private static JsonNode read(String file) {
        try (InputStream in = HouseholdEventExamplesTest.class.getResourceAsStream(ROOT + file)) {
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
        assertThat(TYPES).contains(type);
        assertThat(example.at("/headers/ce_source").asText()).isEqualTo(HouseholdEventTypes.SOURCE);
        assertThat(example.at("/headers/ce_dataschema").asText()).isEqualTo(HouseholdEventTypes.schemaOf(type));
        assertThat(example.path("key").asText()).isEqualTo(example.at("/headers/ce_subject").asText());
        if (example.path("valid").asBoolean()) {
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isEmpty();
            assertThat(EventContract.recordErrors(type, data)).as("Java record").isEmpty();
        } else {
            assertThat(example.path("invalidBecause").asText()).isNotBlank();
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isNotEmpty();
            assertThat(EventContract.recordErrors(type, data)).as("Java record").isNotEmpty();
        }
    }

    @Test
    void everyTypeHasValidAndInvalidExamples() {
        for (String type : TYPES) {
            for (boolean valid : new boolean[] {true, false}) {
                assertThat(examples()).as("%s valid=%s", type, valid).anyMatch(e -> e.at("/headers/ce_type").asText().equals(type)
                        && e.path("valid").asBoolean() == valid);
            }
        }
    }
}
