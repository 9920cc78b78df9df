package cn.gov.zhangping.fertility.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode released() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.test/e.v1.json",
                 "title": "e.v1", "type": "object", "required": ["id", "sex", "order"],
                 "properties": {
                   "id": {"type": "string", "format": "uuid", "description": "the id"},
                   "sex": {"type": "string", "enum": ["MALE", "FEMALE"]},
                   "order": {"type": "integer", "minimum": 1, "maximum": 20},
                   "code": {"type": "string", "pattern": "^350881[0-9]{3}$"}},
                 "additionalProperties": true}""");
    }

    private static ObjectNode property(ObjectNode schema, String name) {
        return (ObjectNode) schema.path("properties").path(name);
    }

    @Test
    void theSameSchemaIsCompatible() throws Exception {
        assertThat(SchemaCompatibility.breakingChanges(released(), released())).isEmpty();
    }

    @Test
    void aNewOptionalPropertyAndNewWordsAreAdditive() throws Exception {
        ObjectNode current = released();
        ((ObjectNode) current.path("properties")).set("revision", JSON.readTree("{\"type\": [\"integer\", \"null\"], \"const\": 1}"));
        current.put("description", "now with a revision");
        property(current, "id").put("description", "the registration id");
        property(current, "sex").set("examples", JSON.readTree("[\"FEMALE\"]"));
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).isEmpty();
    }

    @Test
    void aNewRequiredPropertyBreaks() throws Exception {
        ObjectNode current = released();
        ((ObjectNode) current.path("properties")).set("revision", JSON.readTree("{\"type\": \"integer\"}"));
        ((ArrayNode) current.path("required")).add("revision");
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).containsExactly("revision became required");
    }

    @Test
    void aRemovedPropertyBreaks() throws Exception {
        ObjectNode current = released();
        ((ObjectNode) current.path("properties")).remove("code");
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).containsExactly("property code was removed");
    }

    @Test
    void aPropertyNoLongerRequiredBreaks() throws Exception {
        ObjectNode current = released();
        ((ArrayNode) current.path("required")).remove(2);
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).containsExactly("order is no longer required");
    }

    @Test
    void aRetypedPropertyBreaks() throws Exception {
        ObjectNode current = released();
        property(current, "order").put("type", "string");
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).singleElement().asString()
                .startsWith("property order was retyped");
    }

    @Test
    void aNarrowedOrWidenedEnumBreaks() throws Exception {
        ObjectNode narrowed = released();
        property(narrowed, "sex").set("enum", JSON.readTree("[\"FEMALE\"]"));
        assertThat(SchemaCompatibility.breakingChanges(released(), narrowed)).singleElement().asString()
                .startsWith("property sex has other allowed values");
        ObjectNode widened = released();
        property(widened, "sex").set("enum", JSON.readTree("[\"MALE\", \"FEMALE\", \"OTHER\"]"));
        assertThat(SchemaCompatibility.breakingChanges(released(), widened)).hasSize(1);
    }

    @Test
    void aChangedPatternFormatOrRangeBreaks() throws Exception {
        ObjectNode current = released();
        property(current, "code").put("pattern", "^350881(001|002)$");
        property(current, "id").remove("format");
        property(current, "order").put("maximum", 10);
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).hasSize(3)
                .anyMatch(p -> p.startsWith("property code has another pattern"))
                .anyMatch(p -> p.startsWith("property id: format \"uuid\" was removed"))
                .anyMatch(p -> p.startsWith("property order maximum changed"));
    }

    @Test
    void aNewConstraintOnAPropertyOrTheObjectBreaks() throws Exception {
        ObjectNode current = released();
        property(current, "order").put("multipleOf", 2);
        current.put("additionalProperties", false);
        current.set("allOf", JSON.readTree("[{\"required\": [\"code\"]}]"));
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).hasSize(3)
                .anyMatch(p -> p.startsWith("property order: multipleOf 2 was added"))
                .anyMatch(p -> p.startsWith("additionalProperties changed from true to false"))
                .anyMatch(p -> p.startsWith("allOf changed from (absent)"));
    }

    @Test
    void anotherIdIsAnotherSchema() throws Exception {
        JsonNode current = released().put("$id", "https://example.test/e.v2.json");
        assertThat(SchemaCompatibility.breakingChanges(released(), current)).singleElement().asString().startsWith("$id changed");
    }
}
