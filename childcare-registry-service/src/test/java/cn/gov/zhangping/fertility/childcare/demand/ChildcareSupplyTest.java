package cn.gov.zhangping.fertility.childcare.demand;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Uses 灵地镇 (350881109) and compares figures before and after, so other tests' rows do not matter. */
@QuarkusTest
class ChildcareSupplyTest {

    private static final String TOWNSHIP = "350881109";

    private static JsonPath supply(String township) {
        var request = as("reader");
        if (township != null) {
            request = request.queryParam("townshipCode", township);
        }
        return request.when().get("/api/v1/childcare-demand/supply").then().statusCode(200).extract().jsonPath();
    }

    private static long of(JsonPath p, String path) {
        return p.getLong(path);
    }

    private static Map<String, Object> area(JsonPath p, String code) {
        return p.<Map<String, Object>>getList("areas").stream().filter(a -> code.equals(a.get("code"))).findFirst()
                .orElse(Map.of("children", 0, "slots", 0, "enrolled", 0, "free", 0, "waiting", 0));
    }

    @Test
    void childrenUnderThreeStandBesideTheSlotsEnrolledWaitingAndFree() {
        JsonPath township = supply(TOWNSHIP);
        JsonPath city = supply(null);
        LocalDate today = CivilDate.today();
        UUID young = ChildcareFixtures.child(TOWNSHIP, today.minusYears(1), 1, false);
        ChildcareFixtures.child(TOWNSHIP, today.minusYears(2), 1, false);
        ChildcareFixtures.child(TOWNSHIP, today.minusYears(4), 1, false); // over the limit: not counted
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        as("registrar").body(ChildcareFixtures.enrolBody(nursery, young)).when().post("/api/v1/enrolments").then().statusCode(201);

        JsonPath after = supply(TOWNSHIP);
        assertThat(of(after, "total.children")).isEqualTo(of(township, "total.children") + 2);
        assertThat(of(after, "total.slots")).isEqualTo(of(township, "total.slots") + 10);
        assertThat(of(after, "total.inclusiveSlots")).isEqualTo(of(township, "total.inclusiveSlots") + 5);
        assertThat(of(after, "total.enrolled")).isEqualTo(of(township, "total.enrolled") + 1);
        assertThat(of(after, "total.free")).isEqualTo(of(township, "total.free") + 9);
        assertThat(((Number) area(after, TOWNSHIP + "001").get("children")).longValue())
                .isEqualTo(((Number) area(township, TOWNSHIP + "001").get("children")).longValue() + 2);

        JsonPath cityAfter = supply(null);
        assertThat(cityAfter.getString("townshipCode")).isNull();
        assertThat(((Number) area(cityAfter, TOWNSHIP).get("slots")).longValue())
                .isEqualTo(((Number) area(city, TOWNSHIP).get("slots")).longValue() + 10);
        assertThat(of(cityAfter, "total.children")).isEqualTo(of(city, "total.children") + 2);

        as("reader").queryParam("townshipCode", "350881999").when().get("/api/v1/childcare-demand/supply").then().statusCode(400);
        as("reader").queryParam("date", "2026-13-01").when().get("/api/v1/childcare-demand/supply").then().statusCode(400);
        as("hr-social-security").when().get("/api/v1/childcare-demand/supply").then().statusCode(403);
    }
}
