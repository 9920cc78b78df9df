package cn.gov.zhangping.fertility.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Births that change, end to end: births are registered, some corrected (once or twice) and some cancelled through
 * family-support-service's API, and the three consumers, reading the events through the real broker, must each end
 * where the final records say: the benefit service with the entitlements the final facts give (all withdrawn for a
 * cancelled birth), the childcare registry with each standing child in its final township, the indicator service
 * with each standing birth in its final year, township and sex. Its own suite home and ports (offset 4400).
 */
class BirthChangesIT {

    private static final Suite SUITE = new Suite("suite-changes-it", 4400, Map.of());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] TOWNSHIPS = {"350881001", "350881100", "350881105", "350881204"};

    private static String registrar;
    private static String reader;

    /** A registration as the suite should hold it after the test's requests. */
    private static final class Final {
        final String id;
        final Map<String, Object> facts;
        boolean cancelled;

        Final(String id, Map<String, Object> facts) {
            this.id = id;
            this.facts = facts;
        }

        String township() {
            return (String) facts.get("townshipCode");
        }

        int year() {
            return LocalDate.parse((String) facts.get("birthDate")).getYear();
        }

        /** The facts benefit-service should hold for it, in the shape of its answer's {@code facts}. */
        Map<String, Object> benefitFacts() {
            return Map.of("birthDate", facts.get("birthDate"), "sex", facts.get("sex"), "birthOrder", facts.get("birthOrder"),
                    "specialFamily", facts.get("specialFamily"), "cancelled", cancelled);
        }
    }

    @BeforeAll
    static void startSuite() throws Exception {
        SUITE.up();
        registrar = "Bearer " + SUITE.token("registrar");
        reader = "Bearer " + SUITE.token("reader");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        SUITE.down();
    }

    private static String motherId(int i) {
        return BirthFanOut.idNumber("350881", LocalDate.of(1990, 3, 1).plusDays(i * 41L), 500 + i);
    }

    private static Final register(int i, LocalDate today) {
        String township = TOWNSHIPS[i % TOWNSHIPS.length];
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sex", i % 2 == 0 ? "MALE" : "FEMALE");
        facts.put("birthDate", today.minusDays(i % 9).toString());
        facts.put("birthOrder", 1 + i % 3);
        facts.put("townshipCode", township);
        facts.put("communityCode", township + String.format("%03d", 200 + i));
        facts.put("specialFamily", false);
        facts.put("rural", i % 2 == 1);
        Map<String, Object> body = new LinkedHashMap<>(facts);
        body.put("motherIdNumber", motherId(i));
        body.put("childName", "变更" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10));
        body.put("hospital", "漳平市医院");
        body.put("earlierChildren", BirthFanOut.earlierChildren(today.minusDays(i % 9), 1 + i % 3));
        String id = given().header("Authorization", registrar).header("Idempotency-Key", "changes-" + i)
                .contentType(ContentType.JSON).body(body)
                .when().post(SUITE.url(BirthFanOut.FAMILY) + "/api/v1/birth-registrations")
                .then().statusCode(201).extract().path("id");
        return new Final(id, facts);
    }

    private static void correct(Final f, Map<String, Object> changes) {
        given().header("Authorization", registrar).contentType(ContentType.JSON)
                .body(Map.of("changes", changes, "reason", "registrar's typing error, checked against the birth certificate"))
                .when().post(SUITE.url(BirthFanOut.FAMILY) + "/api/v1/birth-registrations/" + f.id + "/corrections")
                .then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                        .and(org.hamcrest.Matchers.lessThan(300)));
        f.facts.putAll(changes);
    }

    private static void cancel(Final f) {
        given().header("Authorization", registrar).contentType(ContentType.JSON)
                .body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "no such birth at this hospital"))
                .when().post(SUITE.url(BirthFanOut.FAMILY) + "/api/v1/birth-registrations/" + f.id + "/cancellation")
                .then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                        .and(org.hamcrest.Matchers.lessThan(300)));
        f.cancelled = true;
    }

    private static JsonPath entitlements(String registrationId) {
        return given().header("Authorization", reader).queryParam("birthRegistrationId", registrationId)
                .when().get(SUITE.url(BirthFanOut.BENEFIT) + "/api/v1/entitlements").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long childrenUnder3(String township) {
        return given().header("Authorization", reader).queryParam("townshipCode", township)
                .when().get(SUITE.url(BirthFanOut.CHILDCARE) + "/api/v1/childcare-demand").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** "year/township/sex" → births, for the years given, as the indicator service counts them. */
    private static Map<String, Long> births(Iterable<Integer> years) {
        Map<String, Long> cells = new TreeMap<>();
        for (int year : years) {
            JsonPath json = given().header("Authorization", reader).queryParam("year", year)
                    .when().get(SUITE.url(BirthFanOut.INDICATOR) + "/api/v1/birth-counts").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> t : json.<Map<String, Object>>getList("byTownship")) {
                for (String sex : List.of("male", "female")) {
                    long n = ((Number) t.get(sex)).longValue();
                    if (n > 0) {
                        cells.put(year + "/" + t.get("townshipCode") + "/" + sex.toUpperCase(), n);
                    }
                }
            }
        }
        return cells;
    }

    @Test
    void everyConsumerEndsWhereTheFinalRecordsSay() {
        LocalDate today = LocalDate.now(ZONE);
        List<Final> finals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            finals.add(register(i, today));
        }
        // corrections of a fact each consumer reads: birth order (benefit), place (childcare, indicator), sex and
        // birth date (indicator, benefit), and a second correction of the same registration
        correct(finals.get(0), Map.of("birthOrder", 3));
        correct(finals.get(1), Map.of("townshipCode", "350881203", "communityCode", "350881203001"));
        correct(finals.get(2), Map.of("sex", "FEMALE", "birthDate", today.minusYears(1).withDayOfYear(1).toString()));
        correct(finals.get(3), Map.of("specialFamily", true));
        correct(finals.get(3), Map.of("birthOrder", 1, "specialFamily", false));
        correct(finals.get(5), Map.of("birthOrder", 1));
        // cancellations: one as registered, one after a correction
        cancel(finals.get(4));
        correct(finals.get(6), Map.of("townshipCode", "350881105", "communityCode", "350881105099"));
        cancel(finals.get(6));

        Map<String, Long> expectedTownships = new HashMap<>();
        Map<String, Long> expectedBirths = new TreeMap<>();
        List<Integer> years = new ArrayList<>(List.of(today.getYear(), today.getYear() - 1));
        for (Final f : finals) {
            if (!f.cancelled) {
                expectedTownships.merge(f.township(), 1L, Long::sum);
                expectedBirths.merge(f.year() + "/" + f.township() + "/" + f.facts.get("sex"), 1L, Long::sum);
            }
        }
        List<String> townships = new ArrayList<>(List.of(TOWNSHIPS));
        townships.add("350881203");

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Final f : finals) {
                JsonPath benefit = entitlements(f.id);
                Map<String, Object> held = new HashMap<>(benefit.getMap("facts"));
                held.keySet().retainAll(f.benefitFacts().keySet());
                assertThat(held).as("facts benefit-service holds for %s", f.id).isEqualTo(f.benefitFacts());
                if (f.cancelled) {
                    assertThat(benefit.getList("entitlements.reason")).as("entitlements of %s", f.id)
                            .isNotEmpty().containsOnly("REGISTRATION_CANCELLED");
                }
            }
            for (String t : townships) {
                assertThat(childrenUnder3(t)).as("children under 3 in %s", t).isEqualTo(expectedTownships.getOrDefault(t, 0L));
            }
            assertThat(births(years)).isEqualTo(expectedBirths);
        });

        // a cancelled birth's entitlements stay, NOT_ELIGIBLE, with the revision that cancelled it last in their history
        JsonPath cancelled = entitlements(finals.get(4).id);
        assertThat(cancelled.getList("entitlements.state")).containsOnly("NOT_ELIGIBLE");
        assertThat(cancelled.getList("entitlements.collect { it.history.last().cause }")).containsOnly("REGISTRATION_CANCELLED");
        assertThat(cancelled.getList("entitlements.collect { it.history.last().revision }")).containsOnly(2);
    }
}
