package cn.gov.zhangping.fertility.contracts.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each event type's schema exists where ce_dataschema points, and says what the Java side says. */
class BirthEventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TYPES = BirthEventTypes.ALL;

    private static JsonNode schema(String type) throws Exception {
        return JSON.readTree(EventContract.schemaText(EventContract.schemaResource(type)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void theSchemaIsDraft202012WithTheIdConsumersAreGivenAndAllowsLaterFields(String type) throws Exception {
        JsonNode schema = schema(type);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(BirthEventTypes.schemaOf(type));
        assertThat(schema.path("title").asText()).isEqualTo(type.substring("cn.gov.zhangping.fertility.".length()));
        assertThat(schema.path("additionalProperties").asBoolean()).isTrue();
        List<String> components = Arrays.stream(EventContract.RECORDS.get(type).getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("the schema's properties are the record's components")
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void everyPatternIsAnchored(String type) throws Exception {
        List<String> patterns = new ArrayList<>();
        collectPatterns(schema(type), patterns);
        assertThat(patterns).isNotEmpty().allMatch(p -> p.startsWith("^") && p.endsWith("$"), "anchored with ^ and $");
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                    patterns.add(e.getValue().asText());
                } else {
                    collectPatterns(e.getValue(), patterns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectPatterns(n, patterns));
        }
    }

    @Test
    void enumerationsAreTheJavaOnes() throws Exception {
        for (String type : List.of(BirthEventTypes.REGISTERED_V1, BirthEventTypes.CORRECTED_V1)) {
            assertThat(texts(schema(type).at("/properties/sex/enum"))).isEqualTo(names(Sex.values()));
        }
        assertThat(texts(schema(BirthEventTypes.CORRECTED_V1).at("/properties/changedFields/items/enum")))
                .isEqualTo(names(CorrectableField.values()));
        assertThat(texts(schema(BirthEventTypes.CANCELLED_V1).at("/properties/reason/enum")))
                .isEqualTo(names(CancellationReason.values()));
    }

    @Test
    void aCorrectionsTownshipIsOneOfTheSixteenAndItsCommunityLiesInIt() throws Exception {
        JsonNode schema = schema(BirthEventTypes.CORRECTED_V1);
        List<String> codes = Townships.all().stream().map(Township::code).toList();
        assertThat(codes).hasSize(16);
        assertThat(texts(schema.at("/properties/townshipCode/enum"))).isEqualTo(codes);
        List<String> branches = new ArrayList<>();
        for (JsonNode branch : schema.path("allOf")) {
            String township = branch.at("/if/properties/townshipCode/const").asText();
            branches.add(township);
            assertThat(branch.at("/if/required/0").asText()).isEqualTo("townshipCode");
            assertThat(branch.at("/then/properties/communityCode/pattern").asText()).isEqualTo("^" + township + "[0-9]{3}$");
        }
        assertThat(branches).isEqualTo(codes);
    }
}
