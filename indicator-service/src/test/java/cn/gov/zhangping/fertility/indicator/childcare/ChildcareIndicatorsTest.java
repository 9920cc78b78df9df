package cn.gov.zhangping.fertility.indicator.childcare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Indicators 12-15 from the registry's events on the real broker. Years 2005 to 2007 are this class's own: a year's
 * value is the registry at that year's end, so a nursery changed in 2006 moves 2006 and not 2005.
 */
@QuarkusTest
class ChildcareIndicatorsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOWNSHIP = "350881001";
    private static final String COMMUNITY = TOWNSHIP + "201";
    private static final String OTHER_COMMUNITY = TOWNSHIP + "202";

    private static void institution(UUID id, int revision, String status, int slots, int inclusive, String changedAt) {
        String data = """
                {"institutionId":"%s","kind":"PUBLIC_INCLUSIVE","inclusive":true,"townshipCode":"%s","communityCode":"%s",
                 "status":"%s","totalSlots":%d,"inclusiveSlots":%d,"revision":%d,"changedAt":"%s"}"""
                .formatted(id, TOWNSHIP, COMMUNITY, status, slots, inclusive, revision, changedAt);
        TestKafka.send(ChildcareEventTypes.INSTITUTIONS_TOPIC, id.toString(), data, TestKafka.cloudEvent(
                UUID.randomUUID().toString(), ChildcareEventTypes.INSTITUTION_CHANGED_V1, ChildcareEventTypes.SOURCE, id.toString()));
    }

    private static void community(String code, int revision, String changedAt) {
        String data = """
                {"communityCode":"%s","townshipCode":"%s","name":"桂林社区","areaType":"URBAN",
                 "populations":[{"year":2005,"residents":3000}],"revision":%d,"changedAt":"%s"}"""
                .formatted(code, TOWNSHIP, revision, changedAt);
        TestKafka.send(CommunityEventTypes.TOPIC, code, data, TestKafka.cloudEvent(UUID.randomUUID().toString(),
                CommunityEventTypes.CHANGED_V1, CommunityEventTypes.SOURCE, code));
    }

    private static void population(int year, long each) {
        StringBuilder csv = new StringBuilder("year,townshipCode,population\n");
        for (Township t : Townships.all()) {
            csv.append(year).append(',').append(t.code()).append(',').append(each).append('\n');
        }
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("text/csv")
                .queryParam("source", "test").body(csv.toString())
                .when().post("/api/v1/populations/uploads").then().statusCode(201);
    }

    private static JsonPath figures(int year) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", year)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath township(int number, int year) {
        return given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", year)
                .when().get("/api/v1/indicator-values/{n}/townships", number).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aYearsValueIsTheRegistryAtItsEndAndRepeatsChangeNothing() {
        population(2005, 25_000);
        population(2006, 25_000);
        UUID nursery = UUID.randomUUID();
        community(COMMUNITY, 1, "2005-03-01T00:00:00Z");
        community(OTHER_COMMUNITY, 1, "2005-03-01T00:00:00Z");
        institution(nursery, 1, "OPERATING", 100, 80, "2005-06-01T00:00:00Z");
        // 2006: the nursery is suspended; the same revision delivered twice counts once
        institution(nursery, 2, "SUSPENDED", 100, 80, "2006-05-01T00:00:00Z");
        institution(nursery, 2, "SUSPENDED", 100, 80, "2006-05-01T00:00:00Z");

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonPath y2005 = figures(2005);
            assertThat(y2005.getLong("find { it.number == 12 }.numerator")).isEqualTo(100);
            assertThat(y2005.getLong("find { it.number == 12 }.denominator")).isEqualTo(25_000L * Townships.all().size());
            assertThat(y2005.getLong("find { it.number == 13 }.numerator")).isEqualTo(80);
            assertThat(y2005.getLong("find { it.number == 13 }.denominator")).isEqualTo(100);
            assertThat(y2005.getDouble("find { it.number == 13 }.value")).isEqualTo(80.0);
            assertThat(y2005.getLong("find { it.number == 14 }.numerator")).isEqualTo(1);
            assertThat(y2005.getLong("find { it.number == 14 }.denominator")).isEqualTo(Townships.all().size());
            assertThat(y2005.getLong("find { it.number == 15 }.numerator")).isEqualTo(1);
            assertThat(y2005.getLong("find { it.number == 15 }.denominator")).isEqualTo(2);
            assertThat(figures(2006).getLong("find { it.number == 12 }.numerator")).isEqualTo(0);
        });
        JsonPath y2006 = figures(2006);
        assertThat(y2006.getString("find { it.number == 13 }.value")).isNull();
        assertThat(y2006.getLong("find { it.number == 14 }.numerator")).isEqualTo(0);
        assertThat(y2006.getLong("find { it.number == 15 }.numerator")).isEqualTo(0);
        assertThat(y2006.getString("find { it.number == 12 }.provenance")).isEqualTo("COMPUTED");
        // a year before the registry published anything has no value
        assertThat(figures(2004).getString("find { it.number == 12 }.status")).isEqualTo("NO_DATA");

        JsonPath byTownship = township(12, 2005);
        assertThat(byTownship.getLong("townships.find { it.townshipCode == '" + TOWNSHIP + "' }.numerator")).isEqualTo(100);
        assertThat(byTownship.getLong("townships.find { it.townshipCode == '350881100' }.numerator")).isEqualTo(0);
    }
}
