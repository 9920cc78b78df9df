package cn.gov.zhangping.fertility.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * "Birth is one matter" against a running suite: births are registered over HTTP one after another; each must reach
 * the benefit, childcare registry and indicator services, and after a pause each must have acted exactly once.
 * Measures the time from the registration's 201 to the first poll that sees the birth at each consumer.
 */
final class BirthFanOut implements AutoCloseable {

    static final String FAMILY = "family-support-service";
    static final String BENEFIT = "benefit-service";
    static final String CHILDCARE = "childcare-registry-service";
    static final String INDICATOR = "indicator-service";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] TOWNSHIPS = {"350881001", "350881100", "350881104", "350881203"};

    private final Suite suite;
    private final String registrar;
    private final String reader;
    private final ExecutorService pollers = Executors.newFixedThreadPool(3);

    /** Milliseconds per birth until all three consumers showed it, and per consumer. */
    record Latencies(List<Long> all, List<Long> benefit, List<Long> childcare, List<Long> indicator) {
    }

    BirthFanOut(Suite suite) throws IOException, InterruptedException {
        this.suite = suite;
        this.registrar = "Bearer " + suite.token("registrar");
        this.reader = "Bearer " + suite.token("reader");
    }

    @Override
    public void close() {
        pollers.shutdownNow();
    }

    /** The indicator service's answers for the years births were registered in (this year and last). */
    String indicatorState() {
        int year = LocalDate.now(ZONE).getYear();
        StringBuilder state = new StringBuilder();
        for (int y = year - 1; y <= year; y++) {
            for (String path : List.of("/api/v1/birth-counts", "/api/v1/indicator-values")) {
                state.append(given().header("Authorization", reader).queryParam("year", y)
                        .when().get(suite.url(INDICATOR) + path).then().statusCode(200).extract().asString());
            }
        }
        // every birth opens a joint application: its sub-matter events are read again too
        state.append(given().queryParam("month", YearMonth.now(ZONE).toString())
                .when().get(suite.url(INDICATOR) + "/api/v1/application-service").then().statusCode(200).extract().asString());
        return state.toString();
    }

    /** Registers {@code births} births (a fresh suite: each consumer has seen nothing before) and checks the effects. */
    Latencies run(int births) throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Map<Integer, Long> expectedByYear = new HashMap<>();
        Map<String, Integer> expectedEntitlements = new LinkedHashMap<>();
        int perChild = policiesDecidedByAChild();
        Map<String, Long> expectedByTownship = new HashMap<>();
        Latencies latencies = new Latencies(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        for (int i = 0; i < births; i++) {
            LocalDate born = today.minusDays(i % 20);
            String township = TOWNSHIPS[i % TOWNSHIPS.length];
            String community = township + String.format("%03d", 100 + i);
            int order = i % 10 == 0 ? 3 : 1 + i % 2;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("motherIdNumber", motherId(i));
            body.put("childName", "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10));
            body.put("sex", i % 2 == 0 ? "MALE" : "FEMALE");
            body.put("birthDate", born.toString());
            body.put("birthOrder", order);
            body.put("townshipCode", township);
            body.put("communityCode", community);
            body.put("hospital", "漳平市医院");
            body.put("specialFamily", false);
            body.put("rural", i % 3 == 0);
            body.put("earlierChildren", earlierChildren(born, order));

            String id = given().header("Authorization", registrar).header("Idempotency-Key", "e2e-" + i)
                    .contentType(ContentType.JSON).body(body)
                    .when().post(suite.url(FAMILY) + "/api/v1/birth-registrations")
                    .then().statusCode(201).extract().path("id");
            long registered = System.nanoTime();
            long expectedYearCount = expectedByYear.merge(born.getYear(), 1L, Long::sum);
            int expected = perChild;
            expectedEntitlements.put(id, expected);
            expectedByTownship.merge(township, 1L, Long::sum);

            int entitlementsExpected = expected;
            long yearCount = expectedYearCount;
            CompletableFuture<Long> benefit = firstSeen(registered, () -> entitlements(id) >= entitlementsExpected);
            CompletableFuture<Long> childcare = firstSeen(registered, () -> childrenIn(township, community) == 1);
            CompletableFuture<Long> indicator = firstSeen(registered, () -> births(born.getYear()) == yearCount);
            long[] ms = {benefit.get(), childcare.get(), indicator.get()};
            for (int c = 0; c < 3; c++) {
                assertThat(ms[c]).as("birth %d reached consumer %d within 30 s", i, c).isGreaterThanOrEqualTo(0);
            }
            latencies.benefit().add(ms[0]);
            latencies.childcare().add(ms[1]);
            latencies.indicator().add(ms[2]);
            latencies.all().add(Math.max(ms[0], Math.max(ms[1], ms[2])));
        }

        // exactly once: nothing more arrives after a pause
        Thread.sleep(2000);
        for (Map.Entry<String, Integer> e : expectedEntitlements.entrySet()) {
            assertThat(entitlements(e.getKey())).as("entitlements of %s", e.getKey()).isEqualTo(e.getValue());
            // determined once: one change (the registration) in each entitlement's history
            assertThat(entitlementChanges(e.getKey())).as("changes of %s", e.getKey()).isEqualTo(e.getValue());
        }
        for (Map.Entry<Integer, Long> e : expectedByYear.entrySet()) {
            assertThat(births(e.getKey())).as("births counted for %d", e.getKey()).isEqualTo(e.getValue());
        }
        long childcareTotal = 0;
        for (String township : TOWNSHIPS) {
            long n = childrenInTownship(township);
            assertThat(n).as("children under 3 in %s", township).isEqualTo(expectedByTownship.getOrDefault(township, 0L));
            childcareTotal += n;
        }
        assertThat(childcareTotal).isEqualTo(births);
        assertThat(expectedByYear.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(births);
        assertThat(expectedEntitlements).hasSize(births);
        return latencies;
    }

    /** Prints the latencies, and each service's startup time and memory. */
    void report(String title, Latencies latencies) throws IOException {
        System.out.printf("%n%s, %d births, registration (201) to visible at all three consumers: %s%n",
                title, latencies.all().size(), figures(latencies.all()));
        System.out.printf("  benefit-service: %s%n  childcare-registry-service: %s%n  indicator-service: %s%n",
                figures(latencies.benefit()), figures(latencies.childcare()), figures(latencies.indicator()));
        System.out.printf("%-28s %12s %8s%n", "service", "ready in ms", "RSS MB");
        for (String s : Suite.SERVICES) {
            System.out.printf("%-28s %12d %8d%n", s, suite.startupMillis(s), Suite.rssMb(suite.pid(s)));
        }
        System.out.printf("%-28s %12s %8d%n", "infra JVM (Kafka broker)", "-", Suite.rssMb(suite.pid("infra")));
    }

    static String figures(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %d ms, p90 %d ms, min %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static String motherId(int i) {
        return idNumber("350881", LocalDate.of(1988, 1, 1).plusDays(i * 37L), i);
    }

    /** A GB 11643 identity number: region, birth date, sequence (0–999) and its check character. */
    static String idNumber(String region, LocalDate born, int sequence) {
        String first17 = region + born.toString().replace("-", "") + String.format("%03d", sequence);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * w[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** How many entitlements benefit-service lists for a child: one per policy a child's facts decide. */
    private int policiesDecidedByAChild() {
        return given().header("Authorization", reader).when().get(suite.url(BENEFIT) + "/api/v1/policies")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.trigger != 'HOUSEHOLD_STATUS' }").size();
    }

    /** The entitlements benefit-service lists for a registration; 0 while it has not seen it (404). */
    private int entitlements(String registrationId) {
        var response = given().header("Authorization", reader).queryParam("birthRegistrationId", registrationId)
                .when().get(suite.url(BENEFIT) + "/api/v1/entitlements").then().extract();
        return response.statusCode() == 404 ? 0 : response.jsonPath().getList("entitlements").size();
    }

    private int entitlementChanges(String registrationId) {
        return given().header("Authorization", reader).queryParam("birthRegistrationId", registrationId)
                .when().get(suite.url(BENEFIT) + "/api/v1/entitlements").then().statusCode(200).extract().jsonPath()
                .getList("entitlements.history.flatten()").size();
    }

    private int childrenIn(String township, String community) {
        JsonPath json = given().header("Authorization", reader).queryParam("townshipCode", township)
                .when().get(suite.url(CHILDCARE) + "/api/v1/childcare-demand").then().statusCode(200).extract().jsonPath();
        Integer n = json.get("byCommunity.find { it.communityCode == '" + community + "' }.children");
        return n == null ? 0 : n;
    }

    private long childrenInTownship(String township) {
        return given().header("Authorization", reader).queryParam("townshipCode", township)
                .when().get(suite.url(CHILDCARE) + "/api/v1/childcare-demand").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private long births(int year) {
        return given().header("Authorization", reader).queryParam("year", year)
                .when().get(suite.url(INDICATOR) + "/api/v1/birth-counts").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /**
     * Polls {@code seen} on its own thread until it holds; the milliseconds from {@code since} to the first poll that
     * saw it, or -1 after 30 s. The three consumers are polled at the same time, each every few milliseconds.
     */
    private CompletableFuture<Long> firstSeen(long since, BooleanSupplier seen) {
        return CompletableFuture.supplyAsync(() -> {
            long deadline = since + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (seen.getAsBoolean()) {
                    return (System.nanoTime() - since) / 1_000_000;
                }
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
            }
            return -1L;
        }, pollers);
    }

    /** The mother's older children, declared so that the declared birth order is the one derived from the family. */
    static List<Map<String, Object>> earlierChildren(LocalDate born, int order) {
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (int k = 1; k < order; k++) {
            earlier.add(Map.of("birthDate", born.minusYears(k + 1L).toString()));
        }
        return earlier;
    }
}
