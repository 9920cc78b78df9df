package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.awaitility.Awaitility;

/**
 * The access matrix of a service, role × operation, as data ({@code src/test/resources/access-matrix.csv}) and held
 * against the running application: for every operation of its live OpenAPI document and every role the suite knows
 * ({@link #knownRoles()}), plus no token and a token signed by a foreign key, one request, and
 * <ul>
 * <li>no token, a foreign token → 401 problem (unless the operation is {@link #PUBLIC});</li>
 * <li>a role the rule does not name → 403 problem, with a body that is not even JSON, so that a 403 shows that the
 * role was refused before the body was read;</li>
 * <li>a role the rule names → neither 401 nor 403, a status the document declares (the body is an object with an
 * unknown member, which every write refuses, and ids are random, so nothing is changed).</li>
 * </ul>
 * An operation without a rule, a rule for an operation that is gone (or whose method or path changed), and a role
 * name no one knows fail the run: an endpoint added later cannot escape the matrix. The stored rows are counted
 * before and after each operation; any change is a finding.
 * <p>
 * The file: one line per operation, {@code operationId,METHOD,/path/template,roles,scope}, roles separated by
 * spaces, {@code public} for an operation anyone may call without a token; {@code #} starts a comment. The scope
 * ({@link #SCOPES}) is the township dimension: with the records of a {@link Fixture} in one township, every role the
 * rule allows is sent again with a token limited to that township and one limited to another township (issue 13:
 * another township's record by id is 404, so ids cannot be probed).
 */
public final class AccessMatrix {

    /** In a rule: the operation needs no token. */
    public static final String PUBLIC = "public";
    /**
     * In a rule: the department and worklist roles it names act only on their own department, the path parameter
     * {@code department}; another department's path answers 403 or 404.
     */
    public static final String OWN_DEPARTMENT = "own-department";
    /**
     * In a rule: the operation changes nothing although its method is not GET (a search or a simulation sent as
     * POST). Only such an operation, or a GET, may name {@link Roles#READER}, the read-only integrator.
     */
    public static final String READ_ONLY = "read-only";
    private static final Set<String> MARKERS = Set.of(PUBLIC, OWN_DEPARTMENT, READ_ONLY);
    /** The matrix file of a service, relative to its module. */
    public static final Path FILE = Path.of("src", "test", "resources", "access-matrix.csv");

    private static final String PROBE_BODY = "{\"accessMatrixProbe\":1}";
    private static final String UNREADABLE_BODY = "{\"accessMatrixProbe\":";

    private final URI base;
    private final OpenApiContract contract;
    private final Supplier<Map<String, Long>> stored;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private int requests;
    private int scopeRequests;
    private Fixture fixture = Fixture.none();

    private AccessMatrix(URI base, Supplier<Map<String, Long>> stored) {
        this.base = base;
        this.contract = OpenApiContract.of(base);
        this.stored = stored;
    }

    /** The matrix of the application at {@code base}; {@code stored} counts what the service has stored. */
    public static AccessMatrix of(URI base, Supplier<Map<String, Long>> stored) {
        return new AccessMatrix(base, stored);
    }

    /**
     * The township dimension of a rule, the file's last column: {@code township} (the path names a record owned by a
     * township: another township's token gets 404, the own township's is let through), {@code township-list} (a list
     * or search: another township's token gets no item of the fixture's township), {@code township-create} (creates
     * a record in a township: another township's token gets 403 {@code outside-township-scope}), {@code
     * city-wide-only} (a bulk upload across townships: a token limited to one township gets 403), {@code city} (not
     * township-owned: a token limited to one township is answered as a city-wide one), {@code -} (public).
     */
    public static final Set<String> SCOPES = Set.of("township", "township-list", "township-create", "city-wide-only",
            "city", "-");

    /** One line of the file. */
    public record Rule(String operationId, String method, String path, Set<String> roles, String scope) {
        public boolean isPublic() {
            return roles.contains(PUBLIC);
        }

        public boolean ownDepartmentOnly() {
            return roles.contains(OWN_DEPARTMENT);
        }
    }

    /**
     * Every role the suite knows: the constants of {@link Roles}, each department's own role and its worklist
     * officer's role.
     */
    public static Set<String> knownRoles() {
        Set<String> roles = new TreeSet<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    roles.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (Department d : Department.values()) {
            roles.add(Roles.of(d));
            roles.add(Roles.worklistOf(d));
        }
        return roles;
    }

    /** The rules of {@code file}, in its order. */
    public static List<Rule> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("operationId,")) {
                continue;
            }
            String[] cells = l.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(file + ": not operationId,METHOD,path,roles,scope (the township "
                        + "scope column is required: one of " + new TreeSet<>(SCOPES) + "): " + line);
            }
            Set<String> roles = new LinkedHashSet<>(Arrays.asList(cells[3].strip().split("\\s+")));
            roles.remove("");
            rules.add(new Rule(cells[0].strip(), cells[1].strip().toUpperCase(Locale.ROOT), cells[2].strip(), roles,
                    cells[4].strip()));
        }
        return rules;
    }

    /**
     * A service's records in one township, for the township pass: the township, the values of path (and query)
     * parameters that name those records ({@code id} → a birth registration of the township, or per path prefix),
     * and, for writes, a body the operation would accept (so that another township's 404, or 403 for a create, shows
     * the scope check and not the body's validation). Strings that identify the records (their ids by default, and
     * whatever {@link #marks} adds) must appear in no list another township's token gets.
     */
    public static final class Fixture {
        private final String township;
        private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
        private final Map<String, java.util.function.Function<String, ?>> bodies = new LinkedHashMap<>();
        private final Set<String> marks = new LinkedHashSet<>();

        private Fixture(String township) {
            this.township = township;
        }

        /** Records of {@code township} (a code of {@code reference.Townships}). */
        public static Fixture in(String township) {
            return new Fixture(township);
        }

        static Fixture none() {
            return new Fixture(null);
        }

        /** {@code {name}} (or query parameter {@code name}) is {@code value} on every path. */
        public Fixture value(String name, Object value) {
            return value("", name, value);
        }

        /** {@code {name}} is {@code value} on the paths that start with {@code pathPrefix} (a template prefix). */
        public Fixture value(String pathPrefix, String name, Object value) {
            values.computeIfAbsent(pathPrefix, k -> new LinkedHashMap<>()).put(name, String.valueOf(value));
            marks.add(String.valueOf(value));
            return this;
        }

        /** A body {@code operationId} accepts, for the fixture's records (or a new one in the fixture's township). */
        public Fixture body(String operationId, Supplier<?> body) {
            bodies.put(operationId, role -> body.get());
            return this;
        }

        /**
         * A body per role, where the department of the role decides which records it may create or change (a claim
         * of its own department's policy), so that the township check is what answers another township's token.
         */
        public Fixture bodyFor(String operationId, java.util.function.Function<String, ?> byRole) {
            bodies.put(operationId, byRole);
            return this;
        }

        /** More strings that only the fixture's records carry (a code, a name) and another township must not see. */
        public Fixture marks(String... more) {
            marks.addAll(List.of(more));
            return this;
        }

        /** The value of parameter {@code name} on {@code path}: the longest matching prefix first, null if none. */
        String valueOf(String path, String name) {
            String best = null;
            String value = null;
            for (Map.Entry<String, Map<String, String>> e : values.entrySet()) {
                if (path.startsWith(e.getKey()) && e.getValue().containsKey(name)
                        && (best == null || e.getKey().length() > best.length())) {
                    best = e.getKey();
                    value = e.getValue().get(name);
                }
            }
            return value;
        }

        /** A township that is not the fixture's. */
        String other() {
            return cn.gov.zhangping.fertility.platform.reference.Townships.all().stream()
                    .map(cn.gov.zhangping.fertility.platform.reference.Township::code)
                    .filter(c -> !c.equals(township)).findFirst().orElseThrow();
        }
    }

    /** What was found. */
    public record Report(int operations, int roles, int requests, int scopeRequests, long millis, List<String> findings) {

        public String summary() {
            return "access matrix: " + operations + " operations × " + roles + " roles (+ no token, foreign token), "
                    + requests + " requests (" + scopeRequests + " of them township scope) in " + millis
                    + " ms, findings " + findings.size();
        }

        public void assertClean() {
            if (!findings.isEmpty()) {
                throw new AssertionError(summary() + "\n  "
                        + String.join("\n  ", findings.subList(0, Math.min(60, findings.size()))));
            }
        }
    }

    /**
     * A service's whole check: its matrix file against the application at {@code base}, and the README's copy of
     * the file ({@code ../README.md}, the block of {@code module}).
     */
    public static void verify(java.net.URL base, Supplier<Map<String, Long>> stored, String module, Fixture fixture) {
        AccessMatrix matrix = of(URI.create(base.toString()), stored);
        matrix.fixture = fixture;
        Report report = matrix.run();
        System.out.println(report.summary());
        report.assertClean();
        assertReadmeAgrees(Path.of("..", "README.md"), module);
    }

    /** Checks the rules of {@link #FILE} against the live document and the running application. */
    public Report run() {
        return run(read(FILE));
    }

    public Report run(List<Rule> rules) {
        long start = System.nanoTime();
        Set<String> known = knownRoles();
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.operationId(), rule) != null) {
                findings.add("rule " + rule.operationId() + " is given twice");
            }
            for (String role : rule.roles()) {
                if (!MARKERS.contains(role) && !known.contains(role)) {
                    findings.add("rule " + rule.operationId() + " names an unknown role " + role);
                }
            }
            if (rule.roles().stream().allMatch(MARKERS::contains) && !rule.isPublic()) {
                findings.add("rule " + rule.operationId() + " names no role");
            }
            if (!SCOPES.contains(rule.scope())) {
                findings.add("rule " + rule.operationId() + " has scope '" + rule.scope() + "', not one of " + new TreeSet<>(SCOPES));
            } else if (rule.isPublic() != rule.scope().equals("-")) {
                findings.add("rule " + rule.operationId() + ": scope '-' is for public operations only, and every public one has it");
            }
            if (rule.roles().contains(Roles.READER) && !rule.method().equals("GET") && !rule.roles().contains(READ_ONLY)) {
                findings.add("rule " + rule.operationId() + " opens a " + rule.method() + " to " + Roles.READER
                        + ", the read-only integrator, without saying that it is " + READ_ONLY);
            }
        }
        List<OpenApiContract.Operation> operations = contract.operations();
        Set<String> present = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (OpenApiContract.Operation op : operations) {
            present.add(op.id());
            Rule rule = byId.get(op.id());
            if (rule == null) {
                missing.add(op.id() + "," + op.method().toUpperCase(Locale.ROOT) + "," + op.path() + ","
                        + String.join(" ", declaredRoles(op)));
            } else if (!rule.method().equalsIgnoreCase(op.method()) || !rule.path().equals(op.path())) {
                findings.add("rule " + rule.operationId() + " says " + rule.method() + " " + rule.path()
                        + ", the document " + op.method().toUpperCase(Locale.ROOT) + " " + op.path());
            }
        }
        for (String id : missing) {
            findings.add("no rule for operation " + id.split(",")[0]
                    + "; add a line to " + FILE + " (the code allows today: " + id + ")");
        }
        if (!missing.isEmpty()) {
            try {
                Files.writeString(Path.of("target", "access-matrix-missing.csv"), String.join("\n", missing) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Rule rule : rules) {
            if (!present.contains(rule.operationId())) {
                findings.add("rule " + rule.operationId() + " names an operation the document no longer has");
            }
        }
        Map<String, Long> rows = awaitQuiet();
        for (OpenApiContract.Operation op : operations) {
            Rule rule = byId.get(op.id());
            if (rule != null) {
                Map<String, Integer> cityWide = probe(op, rule, known);
                if (fixture.township != null) {
                    scope(op, rule, cityWide);
                }
                Map<String, Long> now = stored.get();
                if (!now.equals(rows)) {
                    findings.add(op.id() + ": stored rows changed from " + rows + " to " + now);
                    rows = now;
                }
            }
        }
        return new Report(operations.size(), known.size(), requests, scopeRequests, (System.nanoTime() - start) / 1_000_000,
                findings);
    }

    // ---------------------------------------------------------------- one operation

    /** The city-wide pass of one operation; returns each allowed role's status (for the {@code city} scope). */
    private Map<String, Integer> probe(OpenApiContract.Operation op, Rule rule, Set<String> known) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        String target = target(op, Map.of());
        lastTarget = target;
        boolean body = op.node().has("requestBody");
        boolean open = rule.isPublic();
        check(op, "no token", target, null, body, open ? Expect.PASS : Expect.UNAUTHENTICATED);
        // a public operation may still refuse a token that fails verification (401)
        check(op, "foreign token", target, foreign(known), body, open ? Expect.ANY : Expect.UNAUTHENTICATED);
        List<String> departments = rule.roles().stream().map(AccessMatrix::departmentOf).filter(d -> d != null).toList();
        for (String role : known) {
            boolean allowed = open || rule.roles().contains(role);
            String own = departmentOf(role);
            if (allowed && rule.ownDepartmentOnly() && own != null) {
                check(op, role, target(op, Map.of("department", own)), token(role), body, Expect.PASS);
                if (!body) {
                    // a write reads its body before the department check of its method, so only reads are probed
                    String other = departments.stream().filter(d -> !d.equals(own)).findFirst().orElse("statistics");
                    check(op, role + " on " + other, target(op, Map.of("department", other)), token(role), false,
                            Expect.NOT_THEIRS);
                }
            } else {
                int status = check(op, role, target, token(role), body, allowed ? Expect.PASS : Expect.FORBIDDEN);
                if (allowed) {
                    statuses.put(role, status);
                }
            }
        }
        return statuses;
    }

    /** The department slug of a department's role or its worklist officer's role, or null. */
    private static String departmentOf(String role) {
        String slug = role.startsWith("worklist-") ? role.substring("worklist-".length()) : role;
        return Department.ofSlug(slug).map(Department::slug).orElse(null);
    }

    private enum Expect { PASS, UNAUTHENTICATED, FORBIDDEN, NOT_THEIRS, ANY, HIDDEN, SCOPED, OUTSIDE, LISTED }

    private int check(OpenApiContract.Operation op, String who, String target, String authorization, boolean hasBody,
                      Expect expect) {
        return check(op, who, target, authorization, hasBody, expect, null).status();
    }

    private RawHttp.Response check(OpenApiContract.Operation op, String who, String target, String authorization,
                                   boolean hasBody, Expect expect, String givenBody) {
        Map<String, String> headers = new LinkedHashMap<>();
        // JSON first, but any type an operation produces (CSV exports, HTML) is acceptable: a 406 would hide the check
        headers.put("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        for (JsonNode p : op.node().path("parameters")) {
            p = contract.resolve(p);
            if (p.path("in").asText().equals("header") && p.path("required").asBoolean()) {
                headers.put(p.path("name").asText(), value(contract.resolve(p.path("schema")), p));
            }
        }
        byte[] body = null;
        if (hasBody) {
            // the operation's own media type (text/csv uploads too): JAX-RS picks the method by it before security
            var types = contract.resolve(op.node().path("requestBody")).path("content").fieldNames();
            headers.put("Content-Type", types.hasNext() ? types.next() : "application/json");
            boolean through = expect == Expect.PASS || expect == Expect.SCOPED || expect == Expect.LISTED;
            body = (givenBody != null ? givenBody : through ? PROBE_BODY : UNREADABLE_BODY)
                    .getBytes(StandardCharsets.UTF_8);
        }
        String method = op.method().toUpperCase(Locale.ROOT);
        RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(), RawHttp.Request.of(method, target, headers, body, false));
        requests++;
        String where = op.id() + " as " + who + ": " + method + " " + target + " → " + r.status() + " ";
        switch (expect) {
            case UNAUTHENTICATED -> {
                if (r.status() != 401) {
                    findings.add(where + "expected 401 " + abbreviate(r.body()));
                }
            }
            case FORBIDDEN -> {
                if (r.status() != 403) {
                    findings.add(where + "expected 403 (refused before the body is read) " + abbreviate(r.body()));
                }
            }
            case ANY -> {
                if (r.status() == 0 || r.status() >= 500 || r.status() == 403) {
                    findings.add(where + "expected 401 or an answer " + abbreviate(r.body()));
                }
            }
            case NOT_THEIRS -> {
                if (r.status() != 403 && r.status() != 404) {
                    findings.add(where + "expected 403 or 404 for another department's path " + abbreviate(r.body()));
                }
            }
            case PASS, LISTED -> {
                if (r.status() == 401 || r.status() == 403 || r.status() == 0 || r.status() >= 500) {
                    findings.add(where + "expected the role to be let through " + abbreviate(r.body()));
                }
            }
            case SCOPED -> {
                if (r.status() == 401 || r.status() == 403 || r.status() == 404 || r.status() == 0 || r.status() >= 500) {
                    findings.add(where + "expected the record of the caller's own township to be reached "
                            + abbreviate(r.body()));
                }
            }
            case HIDDEN -> {
                if (r.status() != 404 || !String.valueOf(r.header("Content-Type")).startsWith("application/problem+json")) {
                    findings.add(where + "expected 404 problem for another township's record " + abbreviate(r.body()));
                }
            }
            case OUTSIDE -> {
                if (r.status() != 403 || !String.valueOf(r.body()).contains("\"outside-township-scope\"")) {
                    findings.add(where + "expected 403 outside-township-scope for a record in another township "
                            + abbreviate(r.body()));
                }
            }
        }
        if (r.status() != 0) {
            for (String violation : contract.check(method, target.split("\\?", 2)[0], r.status(),
                    r.header("Content-Type"), r.header("Cache-Control"), r.body())) {
                findings.add(op.id() + " as " + who + ": " + violation);
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- the township dimension

    private String lastTarget;

    /**
     * The township pass of one operation, for the roles its rule allows, each with a token limited to the fixture's
     * township and one limited to another township (see {@link #SCOPES}).
     */
    private void scope(OpenApiContract.Operation op, Rule rule, Map<String, Integer> cityWide) {
        if (rule.scope().equals("-") || !SCOPES.contains(rule.scope())) {
            return;
        }
        String own = fixture.township;
        String other = fixture.other();
        boolean hasBody = op.node().has("requestBody");
        java.util.function.Function<String, ?> given = fixture.bodies.get(op.id());
        for (String role : rule.roles()) {
            if (MARKERS.contains(role)) {
                continue;
            }
            String validBody = given == null ? null : json(given.apply(role));
            Map<String, String> values = new LinkedHashMap<>();
            if (rule.ownDepartmentOnly() && departmentOf(role) != null) {
                values.put("department", departmentOf(role));
            }
            String inOwn = TestTokens.bearerIn(List.of(own), role);
            String inOther = TestTokens.bearerIn(List.of(other), role);
            switch (rule.scope()) {
                case "township" -> {
                    String target = fixtureTarget(op, values);
                    if (target == null) {
                        return;
                    }
                    if (hasBody && validBody == null) {
                        findings.add(op.id() + ": township scope of a write needs a body it accepts in the fixture "
                                + "(Fixture.body), so that another township's 404 is not its body's 400");
                        return;
                    }
                    scopeRequests++;
                    check(op, role + " of township " + other, target, inOther, hasBody, Expect.HIDDEN, validBody);
                    // the own township with a body every write refuses: reached, nothing changed (a write without a
                    // body, such as an approval, would be carried out: only another township's token is sent)
                    if (hasBody || op.method().equalsIgnoreCase("get")) {
                        scopeRequests++;
                        check(op, role + " of township " + own, target, inOwn, hasBody, Expect.SCOPED, null);
                    }
                }
                case "township-list" -> {
                    String target = fixtureTarget(op, values);
                    if (target == null) {
                        return;
                    }
                    scopeRequests += 2;
                    RawHttp.Response r = check(op, role + " of township " + other, target, inOther, hasBody,
                            Expect.LISTED, validBody);
                    for (String mark : fixture.marks) {
                        if (r.status() < 300 && r.body() != null && r.body().contains(mark)) {
                            findings.add(op.id() + " as " + role + " of township " + other + ": " + target
                                    + " shows a record of township " + own + " (" + mark + ")");
                        }
                    }
                    check(op, role + " of township " + own, target, inOwn, hasBody, Expect.LISTED, validBody);
                }
                case "township-create" -> {
                    if (validBody == null) {
                        findings.add(op.id() + ": township-create needs a body that creates a record in township "
                                + own + " in the fixture (Fixture.body)");
                        return;
                    }
                    scopeRequests++;
                    check(op, role + " of township " + other, target(op, values), inOther, hasBody, Expect.OUTSIDE,
                            validBody);
                }
                case "city-wide-only" -> {
                    scopeRequests++;
                    check(op, role + " of township " + own, lastTarget, inOwn, hasBody, Expect.FORBIDDEN);
                }
                case "city" -> {
                    Integer expected = cityWide.get(role);
                    if (expected == null || !values.isEmpty()) {
                        continue;
                    }
                    scopeRequests++;
                    int status = check(op, role + " of township " + other, lastTarget, inOther, hasBody, Expect.PASS);
                    if (status != expected) {
                        findings.add(op.id() + " as " + role + " of township " + other + ": " + lastTarget + " → "
                                + status + ", city-wide " + expected + "; a city-level operation answers a township's "
                                + "token as a city-wide one");
                    }
                }
                default -> throw new IllegalStateException(rule.scope());
            }
        }
    }

    /** The path with the fixture's values for every path parameter, or null (and a finding) when one is missing. */
    private String fixtureTarget(OpenApiContract.Operation op, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        for (JsonNode p : op.node().path("parameters")) {
            p = contract.resolve(p);
            String name = p.path("name").asText();
            String value = fixture.valueOf(op.path(), name);
            if (value != null && !values.containsKey(name)) {
                values.put(name, value);
            } else if (value == null && p.path("in").asText().equals("path") && !values.containsKey(name)) {
                findings.add(op.id() + ": the fixture has no value for {" + name + "} of " + op.path()
                        + " (Fixture.value), so its township scope is not proven");
                return null;
            }
        }
        return target(op, values, true);
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String foreign(Set<String> known) {
        return tokens.computeIfAbsent(" foreign", k -> TestTokens.foreignBearer(known.toArray(String[]::new)));
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, TestTokens::bearer);
    }

    /** The path with a plausible value for each parameter (random ids), and the required query parameters. */
    private String target(OpenApiContract.Operation op, Map<String, String> given) {
        return target(op, given, false);
    }

    private String target(OpenApiContract.Operation op, Map<String, String> given, boolean givenQuery) {
        String path = op.path();
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            p = contract.resolve(p);
            String in = p.path("in").asText();
            String raw = given.getOrDefault(p.path("name").asText(), value(contract.resolve(p.path("schema")), p));
            String value = URLEncoder.encode(raw, StandardCharsets.UTF_8);
            if (in.equals("path")) {
                path = path.replace("{" + p.path("name").asText() + "}", value);
            } else if (in.equals("query") && (p.path("required").asBoolean()
                    || givenQuery && given.containsKey(p.path("name").asText()))) {
                query.add(p.path("name").asText() + "=" + value);
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String value(JsonNode schema, JsonNode parameter) {
        if (schema.path("format").asText().equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0).asText();
        }
        if (schema.path("format").asText().equals("date")) {
            return "2026-01-01";
        }
        String type = schema.path("type").toString();
        if (type.contains("integer") || type.contains("number")) {
            return schema.has("minimum") ? schema.get("minimum").asText() : "1";
        }
        if (type.contains("boolean")) {
            return "true";
        }
        return "x";
    }

    /** The roles the document says an operation allows (from {@code @RolesAllowed}), for a suggested rule. */
    private static List<String> declaredRoles(OpenApiContract.Operation op) {
        Set<String> roles = new TreeSet<>();
        for (JsonNode requirement : op.node().path("security")) {
            requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
        }
        return roles.isEmpty() ? List.of(PUBLIC) : List.copyOf(roles);
    }

    private Map<String, Long> awaitQuiet() {
        Map<String, Long>[] last = new Map[] {stored.get()};
        Awaitility.await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Long> now = stored.get();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    private static String abbreviate(String s) {
        String clean = s == null ? "" : s.replaceAll("[\\x00-\\x1f]", "·");
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "…";
    }

    // ---------------------------------------------------------------- the README's copy

    private static final String START = "<!-- access-matrix %s: generated from %s/%s by AccessMatrixTest -->";
    private static final String END = "<!-- end of access-matrix %s -->";

    /** The matrix of a service as a Markdown table: one row per operation, the roles that may call it. */
    public static String markdown(List<Rule> rules) {
        StringBuilder table = new StringBuilder(
                "| operation | method and path | roles allowed | township scope |\n|---|---|---|---|\n");
        for (Rule rule : rules) {
            String roles = rule.isPublic() ? "anyone, no token"
                    : rule.roles().stream().filter(r -> !MARKERS.contains(r)).map(r -> "`" + r + "`")
                    .collect(Collectors.joining(" "))
                    + (rule.ownDepartmentOnly() ? " (departments: only their own `{department}`)" : "")
                    + (rule.roles().contains(READ_ONLY) ? " (changes nothing)" : "");
            table.append("| `").append(rule.operationId()).append("` | `").append(rule.method()).append(' ')
                    .append(rule.path()).append("` | ").append(roles).append(" | ").append(scopeText(rule.scope()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String scopeText(String scope) {
        return switch (scope) {
            case "township" -> "the record's township (another: 404)";
            case "township-list" -> "items of the caller's townships only";
            case "township-create" -> "created in the caller's townships only (another: 403)";
            case "city-wide-only" -> "city-wide tokens only (a township's: 403)";
            case "city" -> "city-level, not limited";
            default -> "–";
        };
    }

    /**
     * Fails unless {@code readme} holds this module's matrix ({@link #FILE}) between its markers, exactly as
     * {@link #markdown} renders it; on a difference the expected block is written to {@code target/} to paste.
     */
    public static void assertReadmeAgrees(Path readme, String module) {
        String start = String.format(START, module, module, FILE.toString().replace('\\', '/'));
        String end = String.format(END, module);
        String expected = start + "\n\n" + markdown(read(FILE)) + "\n" + end;
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile(Pattern.quote(start) + ".*?" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        if (m.find() && m.group().equals(expected)) {
            return;
        }
        try {
            Files.writeString(Path.of("target", "access-matrix.md"), expected + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(readme + " does not show " + module + "'s access matrix as " + FILE
                + " gives it; the block to put there is in target/access-matrix.md");
    }
}
