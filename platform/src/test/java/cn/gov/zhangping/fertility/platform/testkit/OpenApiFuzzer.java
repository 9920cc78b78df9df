package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends hostile variants of every operation in a service's OpenAPI document and holds the service to three rules:
 * never a 5xx (nor no answer), every 4xx an {@code application/problem+json} problem that the document declares
 * ({@link OpenApiContract}), and nothing stored by a request that was refused or only reads. The operations, their
 * parameters and body schemas come from the document, so an operation added later is fuzzed without a test of its
 * own.
 * <p>
 * Each parameter and each body property in turn gets wrong types, boundary and overflowing numbers, empty, huge,
 * control and rare Unicode text; then the body as a whole (malformed, not an object, missing and extra fields,
 * nested too deep, invalid UTF-8), wrong Content-Type and Accept, missing and foreign tokens, undeclared methods,
 * oversized bodies with a length and in chunks, and too long URIs and header fields; then random combinations. The
 * random choices come from one seed, so a run can be repeated exactly.
 */
public final class OpenApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXT_B = new String(Character.toChars(0x20000));
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final URI base;
    private final OpenApiContract contract;
    private final Function<String[], String> bearer;
    private final Supplier<Map<String, Long>> stored;
    private Random random = new Random(20261130L);
    private int randomPerOperation = 60;
    private final Map<String, Supplier<Map<String, Object>>> validBodies = new LinkedHashMap<>();
    private int minimumRequests = 300;
    private long maxBodyBytes = 65_536;

    private final Map<String, Integer> sent = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private final Set<String> kinds = new TreeSet<>();
    private Map<String, Long> rows;
    private String token;
    private int codecRefusals;

    private OpenApiFuzzer(URI base, Function<String[], String> bearer, Supplier<Map<String, Long>> stored) {
        this.base = base;
        this.contract = OpenApiContract.of(base);
        this.bearer = bearer;
        this.stored = stored;
    }

    /**
     * A fuzzer for the application at {@code base}; {@code bearer} makes an Authorization header value for roles,
     * {@code stored} counts what the service has stored.
     */
    public static OpenApiFuzzer of(URI base, Function<String[], String> bearer, Supplier<Map<String, Long>> stored) {
        return new OpenApiFuzzer(base, bearer, stored);
    }

    public OpenApiFuzzer seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    public OpenApiFuzzer randomPerOperation(int count) {
        this.randomPerOperation = count;
        return this;
    }

    /**
     * Fresh valid bodies for an operation (by operationId), for a service whose writes have a natural key: each
     * variant then starts from a body that is not already stored and reaches the deeper checks, instead of being
     * refused as a repeat. Without one, the body is made from the document's examples.
     */
    public OpenApiFuzzer validBodies(String operationId, Supplier<Map<String, Object>> bodies) {
        validBodies.put(operationId, bodies);
        return this;
    }

    public OpenApiFuzzer minimumRequests(int count) {
        this.minimumRequests = count;
        return this;
    }

    private int sentTotal() {
        return sent.values().stream().mapToInt(Integer::intValue).sum();
    }

    public OpenApiFuzzer maxBodyBytes(long bytes) {
        this.maxBodyBytes = bytes;
        return this;
    }

    /** What was sent per operation, and every broken rule. */
    public record Report(Map<String, Integer> requestsPerOperation, List<String> findings, Set<String> kinds,
                         int codecRefusals) {

        public int total() {
            return requestsPerOperation.values().stream().mapToInt(Integer::intValue).sum();
        }

        public String summary() {
            StringBuilder s = new StringBuilder("fuzz: ");
            requestsPerOperation.forEach((op, n) -> s.append(op).append(' ').append(n).append(" requests, "));
            s.append("total ").append(total()).append(" (").append(codecRefusals)
                    .append(" refused by the HTTP codec before routing), findings ").append(findings.size());
            for (String kind : kinds) {
                s.append("\n  kind: ").append(kind);
            }
            return s.toString();
        }

        /** Writes the summary and every finding to {@code file}, for a look at more than the first 40. */
        public Report save(Path file) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, summary() + "\n\nfindings:\n" + String.join("\n", findings) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Fails with the findings, the first 40 in full. */
        public void assertClean() {
            if (!findings.isEmpty()) {
                throw new AssertionError(summary() + "\nfirst findings:\n  "
                        + String.join("\n  ", findings.subList(0, Math.min(40, findings.size()))));
            }
        }
    }

    public Report run() {
        Set<String> roles = new LinkedHashSet<>();
        for (OpenApiContract.Operation op : contract.operations()) {
            for (JsonNode requirement : op.node().path("security")) {
                requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
            }
        }
        token = bearer.apply(roles.toArray(String[]::new));
        for (String problem : contract.documentProblems()) {
            findings.add("document: " + problem);
            kinds.add("document: " + problem);
        }
        rows = awaitQuiet();
        Set<String> paths = new LinkedHashSet<>();
        List<Shape> shapes = new ArrayList<>();
        for (OpenApiContract.Operation op : contract.operations()) {
            Shape shape = new Shape(op);
            shapes.add(shape);
            fuzz(shape);
            paths.add(op.path());
        }
        for (String path : paths) {
            undeclaredMethods(path);
        }
        // a service with few operations still gets a few hundred requests, the rest as random combinations
        for (int i = 0; sentTotal() < minimumRequests && !shapes.isEmpty(); i++) {
            Shape shape = shapes.get(i % shapes.size());
            send(shape, randomCall(shape, valid(shape)).note("random extra " + i));
        }
        return new Report(sent, findings, kinds, codecRefusals);
    }

    // ---------------------------------------------------------------- what an operation looks like

    private record Param(String name, String in, boolean required, JsonNode schema, String example) {
    }

    private final class Shape {
        final OpenApiContract.Operation op;
        final List<Param> params = new ArrayList<>();
        final JsonNode bodySchema;
        final JsonNode bodyExample;

        Shape(OpenApiContract.Operation op) {
            this.op = op;
            for (JsonNode p : op.node().path("parameters")) {
                p = contract.resolve(p);
                JsonNode schema = contract.resolve(p.path("schema"));
                String example = p.has("example") ? p.get("example").asText() : null;
                params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(),
                        schema, example));
            }
            JsonNode json = contract.resolve(op.node().path("requestBody")).path("content").path("application/json");
            if (json.isMissingNode()) {
                bodySchema = null;
                bodyExample = null;
            } else {
                bodySchema = contract.resolve(json.path("schema"));
                Iterator<JsonNode> examples = json.path("examples").elements();
                bodyExample = examples.hasNext() ? contract.resolve(examples.next()).path("value") : null;
            }
        }

        String id() {
            return op.id();
        }
    }

    /** One request to send, built up from a valid one. */
    private final class Call {
        String method;
        String template;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        boolean chunked;
        String note = "";

        Call copy() {
            Call c = new Call();
            c.method = method;
            c.template = template;
            c.pathValues.putAll(pathValues);
            query.forEach(q -> c.query.add(q.clone()));
            c.headers.putAll(headers);
            c.body = body;
            c.chunked = chunked;
            return c;
        }

        String target() {
            String path = template;
            for (Map.Entry<String, String> p : pathValues.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue());
            }
            if (query.isEmpty()) {
                return path;
            }
            StringBuilder t = new StringBuilder(path).append('?');
            for (int i = 0; i < query.size(); i++) {
                t.append(i == 0 ? "" : "&").append(query.get(i)[0]).append('=').append(query.get(i)[1]);
            }
            return t.toString();
        }

        Call query(String name, String rawValue) {
            query.removeIf(q -> q[0].equals(name));
            if (rawValue != null) {
                query.add(new String[] {name, rawValue});
            }
            return this;
        }

        Call json(String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", "application/json");
            return this;
        }

        Call note(String n) {
            note = n;
            return this;
        }

        Call withoutBody() {
            body = null;
            return this;
        }
    }

    // ---------------------------------------------------------------- the variants

    private void fuzz(Shape shape) {
        Call valid = valid(shape);
        send(shape, fresh(shape, valid).note("valid"));

        for (Param p : shape.params) {
            List<String> values = hostileValues(p);
            if (!p.required()) {
                values.add(null);
            }
            for (String value : values) {
                Call c = fresh(shape, valid).note(p.in() + " " + p.name() + " = " + abbreviate(value, 40));
                set(c, p, value);
                send(shape, c);
            }
        }
        if (shape.params.stream().anyMatch(p -> p.in().equals("query"))) {
            send(shape, valid.copy().query("unknown", "1").note("unknown query parameter"));
            Call twice = valid.copy().note("query parameter twice");
            shape.params.stream().filter(p -> p.in().equals("query")).findFirst()
                    .ifPresent(p -> twice.query.add(new String[] {p.name(), "1"}));
            send(shape, twice);
        }

        if (shape.bodySchema != null) {
            for (Map.Entry<String, JsonNode> property : properties(shape.bodySchema).entrySet()) {
                String name = property.getKey();
                Map<String, Object> without = validBody(shape);
                without.remove(name);
                send(shape, valid.copy().json(write(without)).note("body without " + name));
                for (Object value : hostileBodyValues(property.getValue())) {
                    Map<String, Object> changed = validBody(shape);
                    changed.put(name, value);
                    send(shape, valid.copy().json(write(changed)).note("body " + name));
                }
            }
            Map<String, Object> extra = validBody(shape);
            extra.put("unexpected", "field");
            send(shape, valid.copy().json(write(extra)).note("body with an extra field"));
            String validJson = write(validBody(shape));
            List<String> wholes = hostileBodies(validJson);
            for (int i = 0; i < wholes.size(); i++) {
                send(shape, valid.copy().json(wholes.get(i)).note("whole body " + i));
            }
            byte[] invalidUtf8 = validJson.replaceFirst(":\"", ":\"\u00c3(").getBytes(StandardCharsets.ISO_8859_1);
            Call badBytes = valid.copy().json("").note("invalid UTF-8");
            badBytes.body = invalidUtf8;
            send(shape, badBytes);
            for (String type : List.of("", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                    "application/json; charset=UTF-16", "application/problem+json", "application/json;;", "garbage")) {
                Call c = valid.copy().json(write(validBody(shape))).note("Content-Type " + type);
                if (type.isEmpty()) {
                    c.headers.remove("Content-Type");
                } else {
                    c.headers.put("Content-Type", type);
                }
                send(shape, c);
            }
            send(shape, valid.copy().json("").note("no body").withoutBody());
        }

        for (String accept : List.of("application/xml", "text/html", "application/problem+json", "*/*", "garbage",
                "application/json;q=0", "text/*", "")) {
            Call c = fresh(shape, valid).note("Accept " + accept);
            c.headers.put("Accept", accept);
            send(shape, c);
        }
        for (String auth : List.of("", "Bearer", "Bearer garbage", "Basic dXNlcjpwYXNz", "Bearer a.b.c",
                TestTokens.foreignBearer(roleArray()), bearer.apply(new String[] {"nobody"}))) {
            Call c = fresh(shape, valid).note("Authorization " + (auth.length() > 30 ? auth.substring(0, 30) + "…" : auth));
            if (auth.isEmpty()) {
                c.headers.remove("Authorization");
            } else {
                c.headers.put("Authorization", auth);
            }
            send(shape, c);
        }

        String big = "{\"padding\":\"" + "x".repeat((int) maxBodyBytes + 10) + "\"}";
        send(shape, valid.copy().json(big).note("body over the limit, with Content-Length"));
        Call chunked = valid.copy().json(big).note("body over the limit, in chunks");
        chunked.chunked = true;
        send(shape, chunked);
        Call huge = valid.copy().json("{\"padding\":\"" + "x".repeat(1_200_000) + "\"}").note("1.2 MB body in chunks");
        huge.chunked = true;
        send(shape, huge);
        if (shape.bodySchema != null) {
            Call small = valid.copy().json(write(validBody(shape))).note("valid body in chunks");
            small.chunked = true;
            send(shape, small);
        }

        send(shape, valid.copy().query("padding", "x".repeat(9_000)).note("URI over the limit"));
        Call headers = valid.copy().note("header fields over the limit");
        headers.headers.put("X-Padding", "x".repeat(20_000));
        send(shape, headers);
        sendBeyondCodec(shape, valid.copy().query("padding", "x".repeat(70_000)).note("URI past the codec limit"), 414);
        Call codecHeaders = valid.copy().note("header fields past the codec limit");
        codecHeaders.headers.put("X-Padding", "x".repeat(70_000));
        sendBeyondCodec(shape, codecHeaders, 431);

        for (int i = 0; i < randomPerOperation; i++) {
            send(shape, randomCall(shape, valid).note("random " + i));
        }
    }

    /** A copy of the valid call with a body of its own, when the operation takes one. */
    private Call fresh(Shape shape, Call valid) {
        Call c = valid.copy();
        if (shape.bodySchema != null) {
            c.json(write(validBody(shape)));
        }
        return c;
    }

    private String[] roleArray() {
        Set<String> roles = new LinkedHashSet<>();
        for (OpenApiContract.Operation op : contract.operations()) {
            for (JsonNode requirement : op.node().path("security")) {
                requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
            }
        }
        return roles.toArray(String[]::new);
    }

    private void undeclaredMethods(String path) {
        JsonNode item = contract.document().path("paths").path(path);
        for (String method : METHODS) {
            if (item.has(method)) {
                continue;
            }
            Call c = new Call();
            c.method = method.toUpperCase(Locale.ROOT);
            c.template = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            c.headers.put("Authorization", token);
            if (!method.equals("get") && !method.equals("delete")) {
                c.json("{}");
            }
            c.note("undeclared method");
            judge(method.toUpperCase(Locale.ROOT) + " " + path, c, RawHttp.send(base.getHost(), base.getPort(), request(c)), false);
        }
    }

    private Call valid(Shape shape) {
        Call c = new Call();
        c.method = shape.op.method().toUpperCase(Locale.ROOT);
        c.template = shape.op.path();
        c.headers.put("Authorization", token);
        c.headers.put("Accept", "application/json");
        for (Param p : shape.params) {
            if (p.required() || p.in().equals("path")) {
                set(c, p, enc(validValue(p.schema(), p.example())));
            }
        }
        if (shape.bodySchema != null) {
            c.json(write(validBody(shape)));
        }
        return c;
    }

    private Call randomCall(Shape shape, Call valid) {
        Call c = fresh(shape, valid);
        for (Param p : shape.params) {
            int dice = random.nextInt(4);
            if (dice == 0) {
                List<String> values = hostileValues(p);
                set(c, p, values.get(random.nextInt(values.size())));
            } else if (dice == 1 && !p.required() && !p.in().equals("path")) {
                set(c, p, null);
            } else if (dice == 2) {
                set(c, p, enc(validValue(p.schema(), p.example())));
            }
        }
        if (shape.bodySchema != null) {
            Map<String, Object> body = validBody(shape);
            List<Map.Entry<String, JsonNode>> props = new ArrayList<>(properties(shape.bodySchema).entrySet());
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes && !props.isEmpty(); i++) {
                Map.Entry<String, JsonNode> p = props.get(random.nextInt(props.size()));
                if (random.nextInt(5) == 0) {
                    body.remove(p.getKey());
                } else {
                    List<Object> values = hostileBodyValues(p.getValue());
                    body.put(p.getKey(), values.get(random.nextInt(values.size())));
                }
            }
            c.json(write(body));
        }
        if (random.nextInt(10) == 0) {
            c.headers.put("Accept", List.of("application/xml", "*/*", "text/plain").get(random.nextInt(3)));
        }
        return c;
    }

    private void set(Call c, Param p, String rawValue) {
        switch (p.in()) {
            case "path" -> c.pathValues.put(p.name(), rawValue == null ? "" : rawValue);
            case "query" -> c.query(p.name(), rawValue);
            case "header" -> {
                if (rawValue == null) {
                    c.headers.remove(p.name());
                } else {
                    c.headers.put(p.name(), headerSafe(rawValue));
                }
            }
            default -> {
                // cookies are not used by the suite
            }
        }
    }

    /** A header value cannot hold CR or LF (they would end it); anything else goes, as raw bytes. */
    private static String headerSafe(String raw) {
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw;
        }
        return new String(decoded.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .replace("\r", "").replace("\n", "");
    }

    // ---------------------------------------------------------------- values

    private String validValue(JsonNode schema, String example) {
        if (example != null) {
            return example;
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0).asText();
        }
        String format = schema.path("format").asText();
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2026-01-01";
        }
        if (types(schema).contains("integer") || types(schema).contains("number")) {
            return schema.has("minimum") ? schema.get("minimum").asText() : "1";
        }
        if (types(schema).contains("boolean")) {
            return "true";
        }
        return "x";
    }

    private List<String> hostileValues(Param p) {
        List<String> values = new ArrayList<>(List.of("", "%20", "abc", "-1", "0", "1.5", "1e3", "true", "null",
                "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999",
                "NaN", "%00", "a%00b", "%0A", "%1F", "%7F", enc(EXT_B), enc("\u202e"), "%ED%A0%80", "%FF", "%", "%zz",
                "a".repeat(3_000), enc("'; DROP TABLE x;--"), enc("{}"), "0x10", enc("+1"), enc("\u0663"),
                enc("../../x"), enc(" 1"), "1,2"));
        JsonNode s = p.schema();
        if (s.has("minimum")) {
            long min = s.get("minimum").asLong();
            values.add(Long.toString(min - 1));
            values.add(Long.toString(min));
        }
        if (s.has("maximum")) {
            long max = s.get("maximum").asLong();
            values.add(Long.toString(max));
            values.add(Long.toString(max + 1));
        }
        if (s.has("enum")) {
            s.get("enum").forEach(e -> {
                values.add(enc(e.asText()));
                values.add(enc(e.asText().toLowerCase(Locale.ROOT)));
            });
        }
        String format = s.path("format").asText();
        if (format.equals("uuid")) {
            String uuid = UUID.randomUUID().toString();
            values.addAll(List.of(uuid, uuid.toUpperCase(Locale.ROOT), uuid + "x", "00000000-0000-0000-0000-000000000000",
                    uuid.replace("-", ""), "{" + uuid + "}"));
        }
        if (format.equals("date")) {
            values.addAll(List.of("2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "%2B20260-01-01",
                    "1999-12-31", "2101-01-01", "2026-1-1"));
        }
        if (p.example() != null) {
            values.add(enc(p.example()));
            values.add(enc(p.example() + "0"));
        }
        return values;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), contract.resolve(e.getValue())));
        return properties;
    }

    private Map<String, Object> validBody(Shape shape) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (validBodies.containsKey(shape.id())) {
            body.putAll(validBodies.get(shape.id()).get());
            return body;
        }
        if (shape.bodyExample != null && shape.bodyExample.isObject()) {
            shape.bodyExample.fields().forEachRemaining(e -> body.put(e.getKey(), e.getValue()));
            return body;
        }
        for (Map.Entry<String, JsonNode> p : properties(shape.bodySchema).entrySet()) {
            JsonNode schema = p.getValue();
            String value = validValue(schema, null);
            Set<String> types = types(schema);
            if (types.contains("integer") || types.contains("number")) {
                body.put(p.getKey(), new Raw(value));
            } else if (types.contains("boolean")) {
                body.put(p.getKey(), Boolean.parseBoolean(value));
            } else {
                body.put(p.getKey(), value);
            }
        }
        return body;
    }

    /** JSON text written as it is, to send what no serializer would. */
    private record Raw(String json) {
    }

    private List<Object> hostileBodyValues(JsonNode schema) {
        List<Object> values = new ArrayList<>(List.of("x", 1, 2.5, true, false, Map.of(), List.of(), -1, 0,
                new Raw("2147483648"), new Raw("99999999999999999999"), new Raw("1e400"), new Raw("-0"), new Raw("1.0"),
                new Raw("2.0"), new Raw("2.5e0"), new Raw("NaN"), new Raw("01"), "2", "", " ", "\u0000", "a\u0001b",
                new Raw("\"\\ud800\""), new Raw("\"x\\udc00\""), new Raw("\"\\u0000\""), EXT_B.repeat(50), EXT_B.repeat(51),
                "\u9648".repeat(101), "a".repeat(20_000), "\u202eevil", "\ud83d\ude00", "\u03a9", "\ufeff", "\u200b",
                "\u4e1c\u5173\u8def"));
        values.add(null);
        if (schema.has("minimum")) {
            values.add(new Raw(Long.toString(schema.get("minimum").asLong() - 1)));
        }
        if (schema.has("maximum")) {
            values.add(new Raw(Long.toString(schema.get("maximum").asLong() + 1)));
        }
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            values.add("\u9648".repeat(max));
            values.add("\u9648".repeat(max + 1));
        }
        if (schema.has("enum")) {
            schema.get("enum").forEach(e -> values.add(e.asText().toLowerCase(Locale.ROOT)));
        }
        return values;
    }

    private List<String> hostileBodies(String valid) {
        String firstKey = valid.substring(0, valid.indexOf(':') + 1);
        return List.of("", " ", "{", "}", "[]", "null", "1", "\"x\"", "{}", "{\"a\":1}", valid + " x", valid + valid,
                "\ufeff" + valid, firstKey + "\"dup\"," + valid.substring(1), "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "NaN", valid.replaceFirst("\\{", "{/*c*/"),
                valid.replace('"', '\''), "{\"\":1}", "\u0000");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Object> e : body.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            try {
                json.append(JSON.writeValueAsString(e.getKey())).append(':');
                json.append(e.getValue() instanceof Raw raw ? raw.json() : JSON.writeValueAsString(e.getValue()));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return json.append('}').toString();
    }

    // ---------------------------------------------------------------- sending and judging

    private static RawHttp.Request request(Call c) {
        return RawHttp.Request.of(c.method, c.target(), c.headers, c.body, c.chunked);
    }

    private void send(Shape shape, Call c) {
        RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(), request(c));
        judge(shape.id(), c, r, shape.bodySchema != null);
        if (r.status() / 100 == 2 && shape.bodySchema != null && c.body != null
                && "application/json".equals(c.headers.get("Content-Type"))) {
            // JSON allows a reader to ignore a leading byte order mark (RFC 8259, 8.1), so the check ignores it too
            String sentBody = new String(c.body, StandardCharsets.UTF_8).replaceFirst("^\ufeff", "");
            for (String problem : contract.requestBodyProblems(shape.op, sentBody)) {
                finding(shape.id(), c, r, "accepted a body its own document refuses:" + problem);
            }
        }
    }

    /** Past the codec's own limits the request is refused before routing: only the status is checked. */
    private void sendBeyondCodec(Shape shape, Call c, int expected) {
        RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(), request(c));
        sent.merge(shape.id(), 1, Integer::sum);
        if (r.status() != expected) {
            finding(shape.id(), c, r, "expected the codec's " + expected + ", got " + r.status());
        } else {
            codecRefusals++;
        }
        checkStored(shape.id(), c, r, false);
    }

    private void judge(String operation, Call c, RawHttp.Response r, boolean writes) {
        sent.merge(operation, 1, Integer::sum);
        if (r.status() == 400 && r.body().isEmpty()
                && (c.headers.values().stream().anyMatch(OpenApiFuzzer::notAFieldValue) || notARequestTarget(c.target()))) {
            // a header field with control bytes, or a target that is not a URI ("%zz", "{"), is not HTTP: Vert.x
            // refuses it before routing, and Quarkus offers no hook there (no invalid-request handler)
            codecRefusals++;
            checkStored(operation, c, r, writes);
            return;
        }
        if (r.status() == 0) {
            finding(operation, c, r, "no answer: " + r.body());
        } else if (r.status() >= 500) {
            finding(operation, c, r, "server error " + r.status());
        }
        if (r.status() != 0) {
            String rawPath = c.target().split("\\?", 2)[0];
            for (String violation : contract.check(c.method, rawPath, r.status(), r.header("Content-Type"),
                    r.header("Cache-Control"), r.body())) {
                finding(operation, c, r, violation);
            }
        }
        checkStored(operation, c, r, writes);
    }

    private static boolean notARequestTarget(String target) {
        try {
            new URI(target);
            return false;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private static boolean notAFieldValue(String value) {
        return value.chars().anyMatch(ch -> (ch < 0x20 && ch != '\t') || ch == 0x7f);
    }

    private void checkStored(String operation, Call c, RawHttp.Response r, boolean writes) {
        Map<String, Long> now = stored.get();
        if (!now.equals(rows) && !(writes && r.status() / 100 == 2)) {
            finding(operation, c, r, "stored rows changed from " + rows + " to " + now);
        }
        rows = now;
    }

    private void finding(String operation, Call c, RawHttp.Response r, String what) {
        String body = c.body == null ? "" : new String(c.body, StandardCharsets.UTF_8);
        findings.add(operation + " [" + c.note + "] " + c.method + " " + abbreviate(c.target(), 160)
                + (body.isEmpty() ? "" : " body " + abbreviate(body, 160))
                + " → " + r.status() + " " + abbreviate(r.body(), 200) + ": " + abbreviate(what, 300));
        kinds.add(operation + " [" + c.note.replaceAll(" \\d+$", "") + "] " + r.status() + ": "
                + abbreviate(what.replaceAll("→ \\d+: ", "").replaceAll("/api/\\S*", "<path>"), 160));
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[\\x00-\\x1f]", "·");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…(" + clean.length() + ")";
    }

    private Map<String, Long> awaitQuiet() {
        Map<String, Long> before = stored.get();
        for (int i = 0; i < 40; i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, Long> now = stored.get();
            if (now.equals(before)) {
                return now;
            }
            before = now;
        }
        return before;
    }
}
