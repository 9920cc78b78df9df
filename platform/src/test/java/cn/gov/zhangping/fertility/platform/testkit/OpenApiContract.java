package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * A service's own OpenAPI document as the judge of its responses: the status must be declared for the operation,
 * the body must match the declared schema (JSON Schema 2020-12 as OpenAPI 3.1 uses it, so {@code type: [..,
 * "null"]} is how a field says it may be null), every 4xx and 5xx must be an {@code application/problem+json}
 * Problem whose {@code status} is the response's, and every {@code /api} response must say
 * {@code Cache-Control: no-store}.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_IRI = "https://fertility.test/openapi.json";
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, OpenApiContract> LIVE = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public OpenApiContract(String documentJson) {
        try {
            this.document = JSON.readTree(documentJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, documentJson)));
    }

    /** The document served at {@code /q/openapi} by the application at {@code base}, read once per application. */
    public static OpenApiContract of(URI base) {
        String key = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        return LIVE.computeIfAbsent(key, k -> new OpenApiContract(fetch(URI.create(k + "/q/openapi?format=json"))));
    }

    static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** One operation of the document, with its path template. */
    public record Operation(String path, String method, JsonNode node) {
        public String id() {
            return node.path("operationId").asText(method.toUpperCase(Locale.ROOT) + " " + path);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(op.getKey())) {
                    operations.add(new Operation(path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /** Statuses any request can get, which every operation must therefore declare. */
    public static final List<String> SHARED_STATUSES = List.of("400", "401", "403", "406", "413", "414", "431", "500", "503");

    /**
     * What makes the document itself untrue or unreadable to other tools: an operation that does not declare a
     * status every request can get (or, with a body, 415), and a pattern only Java reads ({@code \p{…}} classes,
     * named groups, possessive quantifiers, {@code \x{…}}).
     */
    public List<String> documentProblems() {
        List<String> problems = new ArrayList<>();
        for (Operation op : operations()) {
            JsonNode responses = op.node().path("responses");
            List<String> expected = new ArrayList<>(SHARED_STATUSES);
            if (op.node().has("requestBody")) {
                expected.add("415");
            }
            for (String status : expected) {
                if (!responses.has(status)) {
                    problems.add(op.id() + " does not declare " + status);
                }
            }
        }
        collectPatterns(document, "", problems);
        return problems;
    }

    private static void collectPatterns(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isTextual()
                    && pattern.asText().matches("(?s).*(\\\\p\\{|\\(\\?<[A-Za-z]|[*+?}]\\+|\\\\x\\{).*")) {
                problems.add(at + "/pattern is Java-only: " + pattern.asText());
            }
            node.fields().forEachRemaining(e -> collectPatterns(e.getValue(), at + "/" + escape(e.getKey()), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPatterns(node.get(i), at + "/" + i, problems);
            }
        }
    }

    /** Follows a {@code $ref} inside the document, if the node is one. */
    public JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && node.size() == 1 && hops++ < 20) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** The path template {@code rawPath} falls under, or null. Literal segments win over parameters. */
    public String template(String rawPath) {
        // the server treats a trailing slash as the same path
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        String[] actual = path.split("/", -1);
        String best = null;
        int bestParams = Integer.MAX_VALUE;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String[] parts = template.split("/", -1);
            if (parts.length != actual.length) {
                continue;
            }
            int params = 0;
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                    params++;
                    match = !actual[i].isEmpty();
                } else {
                    match = parts[i].equals(actual[i]);
                }
            }
            if (match && params < bestParams) {
                best = template;
                bestParams = params;
            }
        }
        return best;
    }

    /**
     * What is wrong with a response to {@code method rawPath} (a path without the query), measured against the
     * document; empty when nothing is. Paths outside the document and outside {@code /api} are not judged.
     */
    public List<String> check(String method, String rawPath, int status, String contentType, String cacheControl,
                              String body) {
        List<String> problems = new ArrayList<>();
        String where = method.toUpperCase(Locale.ROOT) + " " + rawPath + " → " + status + ": ";
        boolean api = rawPath.equals("/api") || rawPath.startsWith("/api/");
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (api && (cacheControl == null || !cacheControl.contains("no-store"))) {
            problems.add(where + "Cache-Control is " + cacheControl + ", not no-store");
        }
        if (status >= 400) {
            problems.addAll(checkProblem(where, status, mediaType, body));
            LeakEvidence.problem(where, body);
        }
        String template = template(rawPath);
        if (template == null) {
            if (api && status < 400) {
                problems.add(where + "the path is not in the document");
            }
            return problems;
        }
        String m = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template).get(m);
        if (operation == null) {
            if (status < 400) {
                problems.add(where + m.toUpperCase(Locale.ROOT) + " is not an operation of " + template);
            }
            return problems;
        }
        String statusKey = String.valueOf(status);
        String pointer = "/paths/" + escape(template) + "/" + m + "/responses/";
        JsonNode responses = operation.path("responses");
        if (responses.has(statusKey)) {
            pointer += statusKey;
        } else if (responses.has(statusKey.charAt(0) + "XX")) {
            pointer += statusKey.charAt(0) + "XX";
        } else if (responses.has("default")) {
            pointer += "default";
        } else {
            problems.add(where + "status " + status + " is not declared for " + operation.path("operationId").asText(template));
            return problems;
        }
        JsonNode response = document.at(pointer);
        while (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        if (m.equals("head")) {
            return problems;
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isBlank()) {
                problems.add(where + "a body is returned but none is declared");
            }
            return problems;
        }
        String declared = declaredMediaType(content, mediaType);
        if (declared == null) {
            problems.add(where + "Content-Type " + contentType + " is not declared (" + iterableToList(content.fieldNames()) + ")");
            return problems;
        }
        JsonNode schema = content.path(declared).path("schema");
        if (!schema.isMissingNode() && isJson(declared)) {
            problems.addAll(validate(where, pointer + "/content/" + escape(declared) + "/schema", body));
        }
        return problems;
    }

    /**
     * What is wrong with a JSON request body for {@code operation} by the document's own schema; empty when
     * nothing is, or when the operation declares no JSON body.
     */
    public List<String> requestBodyProblems(Operation operation, String body) {
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method() + "/requestBody";
        JsonNode requestBody = document.at(pointer);
        while (requestBody.has("$ref")) {
            pointer = requestBody.get("$ref").asText().substring(1);
            requestBody = document.at(pointer);
        }
        if (requestBody.path("content").path("application/json").path("schema").isMissingNode()) {
            return List.of();
        }
        return validate("", pointer + "/content/application~1json/schema", body);
    }

    private List<String> checkProblem(String where, int status, String mediaType, String body) {
        List<String> problems = new ArrayList<>();
        if (!PROBLEM.equals(mediaType)) {
            problems.add(where + "Content-Type is " + mediaType + ", not " + PROBLEM);
            return problems;
        }
        problems.addAll(validate(where, "/components/schemas/Problem", body));
        try {
            JsonNode problem = JSON.readTree(body == null ? "" : body);
            if (problem == null || problem.path("status").asInt() != status) {
                problems.add(where + "the problem's status is not " + status);
            }
        } catch (IOException e) {
            // already reported by validate
        }
        return problems;
    }

    private List<String> validate(String where, String pointer, String body) {
        if (body == null || body.isBlank()) {
            return List.of(where + "the body is empty, but " + pointer + " is declared");
        }
        Schema schema = compiled.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
        List<Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(where + "the body is not JSON: " + e.getMessage());
        }
        return errors.stream().map(e -> where + e.getInstanceLocation() + " " + e.getMessage()
                + " (" + pointer + ")").toList();
    }

    private static String declaredMediaType(JsonNode content, String mediaType) {
        if (mediaType == null) {
            return null;
        }
        if (content.has(mediaType)) {
            return mediaType;
        }
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String declared = it.next();
            if (declared.equals("*/*") || (declared.endsWith("/*")
                    && mediaType.startsWith(declared.substring(0, declared.length() - 1)))) {
                return declared;
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> iterableToList(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    /** A JSON pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
