package cn.gov.zhangping.fertility.indicator.values;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Indicators 1 and 2 from births and the loaded population; year 2032 is this class's own. */
@QuarkusTest
class IndicatorValuesApiTest {

    static final int YEAR = 2032;

    static void birth(String sex, String township) {
        UUID id = UUID.randomUUID();
        BirthRegisteredEvents.publish(UUID.randomUUID().toString(), id, BirthRegisteredEvents.data(id, Map.of("sex", sex,
                "birthDate", YEAR + "-04-01", "townshipCode", township, "communityCode", township + "001", "rural", true)));
    }

    static String populationBody(int year, long each) {
        StringBuilder sb = new StringBuilder("{\"year\":" + year + ",\"source\":\"test\",\"townships\":[");
        List<Township> all = List.copyOf(Townships.all());
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"townshipCode\":\"").append(all.get(i).code())
                    .append("\",\"population\":").append(each).append('}');
        }
        return sb.append("]}").toString();
    }

    static JsonPath figures(String token) {
        var request = given().queryParam("year", YEAR);
        if (token != null) {
            request = request.header("Authorization", TestTokens.bearer(token));
        }
        return request.when().get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath townships(String token) {
        var request = given().queryParam("year", YEAR);
        if (token != null) {
            request = request.header("Authorization", TestTokens.bearer(token));
        }
        return request.when().get("/api/v1/indicator-values/1/townships").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void birthsAndPopulationGiveRatesIntervalsAndPublicSuppression() {
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(populationBody(YEAR, 15_000)).when().post("/api/v1/populations").then().statusCode(201)
                .body("total", equalTo(240_000));
        for (int i = 0; i < 8; i++) {
            birth(i % 2 == 0 ? "MALE" : "FEMALE", "350881001");
        }
        birth("MALE", "350881205");
        birth("FEMALE", "350881205");
        for (int i = 0; i < 6; i++) {
            birth("MALE", "350881100");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(figures("reader").getLong("find { it.number == 1 }.numerator")).isEqualTo(16));

        JsonPath detail = figures("reader");
        assertThat(detail.getBoolean("find { it.number == 1 }.detail")).isTrue();
        assertThat(detail.getDouble("find { it.number == 1 }.value")).isEqualTo(0.067);
        assertThat(detail.getLong("find { it.number == 1 }.denominator")).isEqualTo(240_000);
        assertThat(detail.getString("find { it.number == 1 }.intervalMethod")).isEqualTo("POISSON_GARWOOD");
        assertThat(detail.getDouble("find { it.number == 1 }.lower")).isLessThan(0.067);
        assertThat(detail.getString("find { it.number == 1 }.status")).isEqualTo("OFF_TRACK");
        assertThat(detail.getDouble("find { it.number == 2 }.value")).isEqualTo(220.0);
        assertThat(detail.getString("find { it.number == 3 }.status")).isEqualTo("NO_DATA");
        assertThat(detail.getString("find { it.number == 9 }.status")).isEqualTo("NO_DATA");
        assertThat(detail.getList("$")).hasSize(24);

        JsonPath open = figures(null);
        assertThat(open.getBoolean("find { it.number == 1 }.detail")).isFalse();
        assertThat(open.getLong("find { it.number == 1 }.numerator")).isEqualTo(16);

        // 2 births in 灵地乡 are a small cell; the smallest other positive cell (6 in 新桥镇) is its complement
        JsonPath publicTownships = townships(null);
        assertThat(publicTownships.getBoolean("townships.find { it.townshipCode == '350881205' }.suppressed")).isTrue();
        assertThat(publicTownships.getBoolean("townships.find { it.townshipCode == '350881100' }.suppressed")).isTrue();
        assertThat(publicTownships.getBoolean("townships.find { it.townshipCode == '350881001' }.suppressed")).isFalse();
        assertThat(publicTownships.getString("townships.find { it.townshipCode == '350881205' }.numerator")).isNull();
        JsonPath officialTownships = townships("health");
        assertThat(officialTownships.getLong("townships.find { it.townshipCode == '350881205' }.numerator")).isEqualTo(2);
        assertThat(townships("education").getBoolean("townships.find { it.townshipCode == '350881205' }.suppressed")).isTrue();

        String csv = given().queryParam("year", YEAR).when().get("/api/v1/indicator-values/1/townships/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("townshipCode,townshipName,numerator").contains("350881205,灵地乡,,,,,,true");
        String all = given().queryParam("year", YEAR).when().get("/api/v1/indicator-values/export")
                .then().statusCode(200).extract().asString();
        assertThat(all.lines()).hasSize(25);
    }

    @Test
    void badYearsUnknownIndicatorsAndUnreadableTokensAreProblems() {
        given().when().get("/api/v1/indicator-values").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", 1999).when().get("/api/v1/indicator-values").then().statusCode(400);
        given().queryParam("year", YEAR).when().get("/api/v1/indicator-values/25/townships").then().statusCode(400);
        given().queryParam("year", YEAR).header("Authorization", "Bearer nonsense")
                .when().get("/api/v1/indicator-values").then().statusCode(401);
    }
}
