package cn.gov.zhangping.fertility.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Birth is one matter" end to end: the four packaged services run as separate processes against one Kafka broker
 * and one PostgreSQL server, started by deploy/local/suite. 50 births are registered over HTTP; each must reach the
 * benefit, childcare registry and indicator services exactly once. Prints the time each birth took to reach all
 * three, and each service's startup time and memory.
 */
class BirthFanOutIT {

    private static final int BIRTHS = 50;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String FAMILY = "family-support-service";
    private static final String BENEFIT = "benefit-service";
    private static final String CHILDCARE = "childcare-registry-service";
    private static final String INDICATOR = "indicator-service";
    private static final String[] TOWNSHIPS = {"350881001", "350881100", "350881104", "350881203"};

    private static final ExecutorService POLLERS = Executors.newFixedThreadPool(3);

    private static String registrar;
    private static String reader;

    @BeforeAll
    static void startSuite() throws Exception {
        Suite.run(Suite.HOME.resolve("up.log"), "up");
        registrar = "Bearer " + Suite.token("registrar");
        reader = "Bearer " + Suite.token("reader");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        List<Long> pids = new ArrayList<>();
        for (String s : Suite.SERVICES) {
            pids.add(Suite.pid(s));
        }
        pids.add(Suite.pid("infra"));
        POLLERS.shutdownNow();
        Suite.run(Suite.HOME.resolve("down.log"), "down");
        for (long pid : pids) {
            assertThat(Suite.alive(pid)).as("process %d after suite down", pid).isFalse();
        }
    }

    private static String motherId(int i) {
        String first17 = "350881" + LocalDate.of(1988, 1, 1).plusDays(i * 37L).toString().replace("-", "") + String.format("%03d", i);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * w[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static int entitlements(String registrationId) {
        JsonPath json = given().header("Authorization", reader).queryParam("birthRegistrationId", registrationId)
                .when().get(Suite.url(BENEFIT) + "/api/v1/entitlements").then().statusCode(200).extract().jsonPath();
        Object items = json.get("items");
        return items != null ? json.getList("items").size() : json.getList("$").size();
    }

    private static int childrenIn(String township, String community) {
        JsonPath json = given().header("Authorization", reader).queryParam("townshipCode", township)
                .when().get(Suite.url(CHILDCARE) + "/api/v1/childcare-demand").then().statusCode(200).extract().jsonPath();
        Integer n = json.get("byCommunity.find { it.communityCode == '" + community + "' }.children");
        return n == null ? 0 : n;
    }

    private static long childrenInTownship(String township) {
        return given().header("Authorization", reader).queryParam("townshipCode", township)
                .when().get(Suite.url(CHILDCARE) + "/api/v1/childcare-demand").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static long births(int year) {
        return given().header("Authorization", reader).queryParam("year", year)
                .when().get(Suite.url(INDICATOR) + "/api/v1/birth-counts").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void fiftyBirthsReachEveryConsumerExactlyOnce() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Map<Integer, Long> expectedByYear = new HashMap<>();
        Map<String, Integer> expectedEntitlements = new LinkedHashMap<>();
        Map<String, Long> expectedByTownship = new HashMap<>();
        List<Long> latenciesMs = new ArrayList<>();
        List<List<Long>> perConsumerMs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        for (int i = 0; i < BIRTHS; i++) {
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

            String id = given().header("Authorization", registrar).header("Idempotency-Key", "e2e-" + i)
                    .contentType(ContentType.JSON).body(body)
                    .when().post(Suite.url(FAMILY) + "/api/v1/birth-registrations")
                    .then().statusCode(201).extract().path("id");
            long registered = System.nanoTime();
            long expectedYearCount = expectedByYear.merge(born.getYear(), 1L, Long::sum);
            int expected = order >= 3 ? 4 : 3;
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
                perConsumerMs.get(c).add(ms[c]);
            }
            latenciesMs.add(Math.max(ms[0], Math.max(ms[1], ms[2])));
        }

        // exactly once: nothing more arrives after a pause
        Thread.sleep(2000);
        for (Map.Entry<String, Integer> e : expectedEntitlements.entrySet()) {
            assertThat(entitlements(e.getKey())).as("entitlements of %s", e.getKey()).isEqualTo(e.getValue());
        }
        for (Map.Entry<Integer, Long> e : expectedByYear.entrySet()) {
            assertThat(births(e.getKey())).as("births counted for %d", e.getKey()).isEqualTo(e.getValue());
        }
        long childcareTotal = 0;
        for (String township : TOWNSHIPS) {
            long n = childrenInTownship(township);
            assertThat(n).as("children under 3 in %s", township).isEqualTo(expectedByTownship.get(township));
            childcareTotal += n;
        }
        assertThat(childcareTotal).isEqualTo(BIRTHS);
        assertThat(expectedByYear.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(BIRTHS);
        assertThat(expectedEntitlements).hasSize(BIRTHS);

        report(latenciesMs, perConsumerMs);
    }

    /**
     * Polls {@code seen} on its own thread until it holds; the milliseconds from {@code since} to the first poll that
     * saw it, or -1 after 30 s. The three consumers are polled at the same time, each every few milliseconds.
     */
    private static CompletableFuture<Long> firstSeen(long since, BooleanSupplier seen) {
        return CompletableFuture.supplyAsync(() -> {
            long deadline = since + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (seen.getAsBoolean()) {
                    return (System.nanoTime() - since) / 1_000_000;
                }
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
            }
            return -1L;
        }, POLLERS);
    }

    private static String figures(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %d ms, p90 %d ms, min %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static void report(List<Long> latenciesMs, List<List<Long>> perConsumerMs) throws Exception {
        System.out.printf("%nbirth fan-out, %d births, registration (201) to visible at all three consumers: %s%n",
                latenciesMs.size(), figures(latenciesMs));
        System.out.printf("  benefit-service: %s%n  childcare-registry-service: %s%n  indicator-service: %s%n",
                figures(perConsumerMs.get(0)), figures(perConsumerMs.get(1)), figures(perConsumerMs.get(2)));
        System.out.printf("%-28s %12s %8s%n", "service", "ready in ms", "RSS MB");
        for (String s : Suite.SERVICES) {
            System.out.printf("%-28s %12d %8d%n", s, Suite.startupMillis(s), Suite.rssMb(Suite.pid(s)));
        }
        System.out.printf("%-28s %12s %8d%n", "infra JVM (Kafka broker)", "-", Suite.rssMb(Suite.pid("infra")));
    }
}
