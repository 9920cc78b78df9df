package cn.gov.zhangping.fertility.contracts.compatibility;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether the current JSON Schema of an event version is a purely additive change of the schema it was released
 * with: the only change allowed is a new optional property. Every released property keeps exactly its constraints
 * (a narrowed type, enum, pattern or range breaks events already on the log, which is kept for ever and replayed;
 * a widened one breaks consumers that rely on it), the required set stays the same, and so does everything else
 * about the object (additionalProperties, allOf, ...). Annotations that validate nothing (title, description,
 * examples, $comment, deprecated) may change.
 */
public final class SchemaCompatibility {

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "$comment", "deprecated");

    private SchemaCompatibility() {
    }

    /** What makes {@code current} more than an additive change of {@code released}; empty when it is additive. */
    public static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        released.fieldNames().forEachRemaining(keys::add);
        current.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            if (ANNOTATIONS.contains(key) || key.equals("properties") || key.equals("required")) {
                continue;
            }
            JsonNode before = withoutAnnotations(released.get(key));
            JsonNode after = withoutAnnotations(current.get(key));
            if (before == null || after == null || !before.equals(after)) {
                problems.add(key + " changed from " + text(before) + " to " + text(after));
            }
        }
        Set<String> requiredBefore = textSet(released.path("required"));
        Set<String> requiredAfter = textSet(current.path("required"));
        for (String r : requiredAfter) {
            if (!requiredBefore.contains(r)) {
                problems.add(r + " became required");
            }
        }
        for (String r : requiredBefore) {
            if (!requiredAfter.contains(r)) {
                problems.add(r + " is no longer required");
            }
        }
        JsonNode propertiesAfter = current.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = released.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            if (!propertiesAfter.has(name)) {
                problems.add("property " + name + " was removed");
                continue;
            }
            problems.addAll(propertyChanges(name, withoutAnnotations(property.getValue()),
                    withoutAnnotations(propertiesAfter.get(name))));
        }
        return problems;
    }

    private static List<String> propertyChanges(String name, JsonNode before, JsonNode after) {
        List<String> problems = new ArrayList<>();
        if (before.equals(after)) {
            return problems;
        }
        Set<String> keys = new TreeSet<>();
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode b = before.get(key);
            JsonNode a = after.get(key);
            if (b == null) {
                problems.add("property " + name + ": " + key + " " + text(a) + " was added");
            } else if (a == null) {
                problems.add("property " + name + ": " + key + " " + text(b) + " was removed");
            } else if (!b.equals(a)) {
                String what = switch (key) {
                    case "type" -> "was retyped";
                    case "enum", "const" -> "has other allowed values";
                    case "pattern", "format" -> "has another " + key;
                    default -> key + " changed";
                };
                problems.add("property " + name + " " + what + ": " + key + " " + text(b) + " became " + text(a));
            }
        }
        return problems;
    }

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    /** The schema with its annotations left out; names of properties are kept whatever they are. */
    private static JsonNode withoutAnnotations(JsonNode node) {
        return withoutAnnotations(node, true);
    }

    private static JsonNode withoutAnnotations(JsonNode node, boolean keywords) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> {
                if (!keywords) {
                    copy.set(e.getKey(), withoutAnnotations(e.getValue(), true));
                } else if (!ANNOTATIONS.contains(e.getKey())) {
                    copy.set(e.getKey(), withoutAnnotations(e.getValue(), !SCHEMA_MAPS.contains(e.getKey())));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(n -> copy.add(withoutAnnotations(n, true)));
            return copy;
        }
        return node;
    }

    private static Set<String> textSet(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
