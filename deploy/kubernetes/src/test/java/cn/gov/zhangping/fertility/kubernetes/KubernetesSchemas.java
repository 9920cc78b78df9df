package cn.gov.zhangping.fertility.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas an object must satisfy, kept in schemas/ at pinned versions (schemas/README.md): the Kubernetes API
 * (OpenAPI 2 definitions of the release) and the CustomResourceDefinitions of Strimzi, CloudNativePG, the Barman
 * Cloud Plugin and the Prometheus Operator. Validation is strict the way {@code kubectl apply} with server-side
 * field validation is: a field the schema does not define is an error, unless the schema keeps unknown fields
 * ({@code x-kubernetes-preserve-unknown-fields}). The schemas are turned into JSON Schema (draft 7) on load:
 * <ul>
 * <li>objects with properties get {@code additionalProperties: false} unless they already say otherwise;</li>
 * <li>int-or-string values ({@code format: int-or-string}, {@code x-kubernetes-int-or-string}) and quantities
 *     accept a string or a number, as the API server does;</li>
 * <li>{@code format} is not asserted (the API server checks formats itself) and descriptions are dropped.</li>
 * </ul>
 */
final class KubernetesSchemas {

    static final String KUBERNETES_VERSION = "1.34.1";
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ObjectNode definitions;
    private final Map<String, String> byKind;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private KubernetesSchemas(ObjectNode definitions, Map<String, String> byKind) {
        this.definitions = definitions;
        this.byKind = byKind;
    }

    private static KubernetesSchemas instance;

    /** The schemas in {@code deploy/kubernetes/schemas}, loaded once per test JVM. */
    static synchronized KubernetesSchemas load() {
        if (instance == null) {
            instance = load(Manifests.DIR.resolve("schemas"));
        }
        return instance;
    }

    static KubernetesSchemas load(Path dir) {
        ObjectNode definitions = JSON.createObjectNode();
        Map<String, String> byKind = new HashMap<>();
        JsonNode swagger = JSON.readTree(dir.resolve("kubernetes-" + KUBERNETES_VERSION).resolve("swagger.json").toFile());
        for (Map.Entry<String, JsonNode> d : swagger.get("definitions").properties()) {
            definitions.set(d.getKey(), strict(d.getValue()));
            for (JsonNode gvk : d.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asString();
                String apiVersion = group.isEmpty() ? gvk.path("version").asString() : group + "/" + gvk.path("version").asString();
                byKind.put(apiVersion + "/" + gvk.path("kind").asString(), d.getKey());
            }
        }
        // what OpenAPI 2 cannot say: these are a string or a number
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", stringOr("integer"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", stringOr("number"));

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode crd : Manifests.parse(Files.readString(file))) {
                    if (!"CustomResourceDefinition".equals(crd.path("kind").asString())) {
                        continue;
                    }
                    String group = crd.path("spec").path("group").asString();
                    String kind = crd.path("spec").path("names").path("kind").asString();
                    for (JsonNode version : crd.path("spec").path("versions")) {
                        if (!version.path("served").asBoolean(false)) {
                            continue;
                        }
                        String name = "crd." + group + "." + version.path("name").asString() + "." + kind;
                        ObjectNode schema = (ObjectNode) strict(version.path("schema").path("openAPIV3Schema"));
                        // a custom resource's metadata is checked like any object's
                        ((ObjectNode) schema.get("properties")).set("metadata", ref(OBJECT_META));
                        definitions.set(name, schema);
                        byKind.put(group + "/" + version.path("name").asString() + "/" + kind, name);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the schemas in " + dir, e);
        }
        return new KubernetesSchemas(definitions, byKind);
    }

    boolean knows(String apiVersion, String kind) {
        return byKind.containsKey(apiVersion + "/" + kind);
    }

    /** The problems of one object, each naming the object and the place; empty when it is valid. */
    List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asString();
        String kind = object.path("kind").asString();
        String what = Manifests.describe(object);
        String name = byKind.get(apiVersion + "/" + kind);
        if (name == null) {
            return List.of(what + ": no schema for " + apiVersion + " " + kind + " in schemas/ (pin its CRD there)");
        }
        Schema schema = compiled.computeIfAbsent(name, n -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$ref", "#/definitions/" + n);
            root.set("definitions", definitions);
            return registry.getSchema(root);
        });
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(object)) {
            problems.add(what + ": " + error);
        }
        return problems;
    }

    /** A copy of an OpenAPI schema as strict JSON Schema (see the class comment). */
    static JsonNode strict(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String keyword = e.getKey();
            JsonNode value = e.getValue();
            switch (keyword) {
                case "properties", "patternProperties", "definitions" -> {
                    ObjectNode each = JSON.createObjectNode();
                    value.properties().forEach(p -> each.set(p.getKey(), strict(p.getValue())));
                    out.set(keyword, each);
                }
                case "items", "additionalProperties", "not" -> out.set(keyword, value.isArray() ? strictAll(value) : strict(value));
                case "allOf", "anyOf", "oneOf" -> out.set(keyword, strictAll(value));
                case "format", "description", "default", "example", "nullable" -> {
                    // annotations, or handled below
                }
                case "$ref" -> out.put("$ref", value.asString());
                default -> {
                    if (!keyword.startsWith("x-")) {
                        out.set(keyword, value);
                    }
                }
            }
        }
        boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false)
                || "int-or-string".equals(schema.path("format").asString(""));
        if (intOrString) {
            out.remove("type");
            if (!out.has("anyOf")) {
                out.set("anyOf", stringOr("integer").get("anyOf"));
            }
        }
        if (schema.path("nullable").asBoolean(false) && out.has("type") && out.get("type").isString()) {
            ArrayNode types = JSON.createArrayNode().add(out.get("type").asString()).add("null");
            out.set("type", types);
        }
        boolean keepsUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (out.has("properties") && !out.has("additionalProperties") && !keepsUnknown) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    private static ArrayNode strictAll(JsonNode schemas) {
        ArrayNode out = JSON.createArrayNode();
        schemas.forEach(s -> out.add(strict(s)));
        return out;
    }

    private static ObjectNode ref(String definition) {
        return JSON.createObjectNode().put("$ref", "#/definitions/" + definition);
    }

    private static ObjectNode stringOr(String otherType) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "string");
        anyOf.addObject().put("type", otherType);
        return node;
    }
}
