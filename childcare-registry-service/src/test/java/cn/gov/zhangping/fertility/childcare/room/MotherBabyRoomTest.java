package cn.gov.zhangping.fertility.childcare.room;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Uses 溪南镇 (350881102) for its places; the figures are compared before and after. */
@QuarkusTest
class MotherBabyRoomTest {

    private static final String TOWNSHIP = "350881102";
    private static final String PATH = "/api/v1/public-places";

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "public_place", "outbox_event").get();
    }

    static Map<String, Object> place(String kind, int area, int visitors) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "溪南客运站");
        body.put("kind", kind);
        body.put("townshipCode", TOWNSHIP);
        body.put("floorAreaM2", area);
        body.put("dailyVisitors", visitors);
        return body;
    }

    private static Map<String, Object> township(JsonPath coverage) {
        return coverage.<Map<String, Object>>getList("townships").stream()
                .filter(t -> TOWNSHIP.equals(t.get("townshipCode"))).findFirst().orElseThrow();
    }

    private static JsonPath coverage() {
        return as("reader").when().get("/api/v1/mother-baby-room-coverage").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLargePlaceMustHaveARoomAndCountsOnceItHasOne() {
        JsonPath before = coverage();
        assertThat(before.getFloat("targetPercent")).isEqualTo(100f);
        assertThat(before.getList("rules.code")).contains("TRANSPORT_HUB_LARGE", "HOSPITAL_LARGE");

        // exactly 10,000 is not "超过1万": not required; 10,001 visitors is
        as("administrator").body(place("TRANSPORT_HUB", 10_000, 10_000)).when().post(PATH).then().statusCode(201)
                .body("roomRequired", equalTo(false)).body("requiredBy", nullValue());
        String station = as("administrator").body(place("TRANSPORT_HUB", 5_000, 10_001)).when().post(PATH).then().statusCode(201)
                .body("roomRequired", equalTo(true)).body("requiredBy", equalTo("TRANSPORT_HUB_LARGE"))
                .body("roomPresent", equalTo(false)).extract().path("id");
        // a park is asked for no room, however large
        as("administrator").body(place("PARK", 50_000, 50_000)).when().post(PATH).then().statusCode(201)
                .body("roomRequired", equalTo(false));
        JsonPath required = coverage();
        assertThat((Integer) township(required).get("placesRequired")).isEqualTo((Integer) township(before).get("placesRequired") + 1);
        assertThat((Integer) township(required).get("requiredWithRoom")).isEqualTo(township(before).get("requiredWithRoom"));

        as("registrar").body(Map.of("present", true, "openedOn", "2026-06-01", "meetsStandard", true))
                .when().put(PATH + "/" + station + "/room").then().statusCode(200).body("roomPresent", equalTo(true))
                .body("revision", equalTo(2));
        JsonPath after = coverage();
        assertThat((Integer) township(after).get("requiredWithRoom")).isEqualTo((Integer) township(before).get("requiredWithRoom") + 1);
        assertThat((Integer) township(after).get("requiredWithStandardRoom"))
                .isEqualTo((Integer) township(before).get("requiredWithStandardRoom") + 1);
        assertThat(after.getInt("city.requiredWithRoom")).isEqualTo(before.getInt("city.requiredWithRoom") + 1);

        List<ConsumerRecord<String, String>> events = EmittedEvents.of(ChildcarePlanningEventTypes.TOPIC, station, 2);
        JsonPath last = JsonPath.from(events.get(1).value());
        assertThat(last.getBoolean("roomRequired")).isTrue();
        assertThat(last.getBoolean("roomPresent")).isTrue();
        assertThat(last.getString("requiredBy")).isEqualTo("TRANSPORT_HUB_LARGE");
        assertThat(events.get(1).value()).doesNotContain("溪南客运站");
        as("auditor").queryParam("townshipCode", TOWNSHIP).when().get(PATH).then().statusCode(200).body("id", hasItem(station));
    }

    @Test
    void badPlacesAndRoomsAreRefusedAndNothingIsStored() {
        String id = as("administrator").body(place("HOSPITAL", 20_000, 0)).when().post(PATH).then().statusCode(201)
                .extract().path("id");
        Map<String, Long> before = stored();
        Map<String, Object> unknown = place("HOSPITAL", 1, 1);
        unknown.put("townshipCode", "350881999");
        as("administrator").body(unknown).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("townshipCode"));
        as("administrator").body(place("HOSPITAL", -1, 1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("floorAreaM2"));
        as("administrator").body(place("AIRPORT_LOUNGE", 1, 1)).when().post(PATH).then().statusCode(400);
        as("registrar").body(Map.of("present", false, "openedOn", "2026-06-01", "meetsStandard", true))
                .when().put(PATH + "/" + id + "/room").then().statusCode(400)
                .body("errors.field", hasItem("openedOn")).body("errors.field", hasItem("meetsStandard"));
        as("registrar").body(Map.of("present", true, "openedOn", "2999-01-01", "meetsStandard", true))
                .when().put(PATH + "/" + id + "/room").then().statusCode(400).body("errors.field", hasItem("openedOn"));
        as("registrar").body(Map.of("present", true, "meetsStandard", true))
                .when().put(PATH + "/00000000-0000-4000-8000-000000000000/room").then().statusCode(404);
        as("registrar").body(place("HOSPITAL", 1, 1)).when().post(PATH).then().statusCode(403);
        as("hr-social-security").body(Map.of("present", true, "meetsStandard", true))
                .when().put(PATH + "/" + id + "/room").then().statusCode(403);
        assertThat(stored()).isEqualTo(before);
    }
}
