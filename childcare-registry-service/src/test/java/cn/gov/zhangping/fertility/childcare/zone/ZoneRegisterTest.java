package cn.gov.zhangping.fertility.childcare.zone;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Uses 南洋镇 (350881103) for its zones; compliance is read per zone or for that township only. */
@QuarkusTest
class ZoneRegisterTest {

    private static final String TOWNSHIP = "350881103";
    private static final String PATH = "/api/v1/residential-zones";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (Math.random() * 500));

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "residential_zone", "childcare_institution", "outbox_event").get();
    }

    private static String code() {
        return TOWNSHIP + "Z" + String.format("%03d", NEXT.incrementAndGet() % 1000);
    }

    private static Map<String, Object> zone(String code, String community, String kind, Object residents) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("townshipCode", TOWNSHIP);
        body.put("communityCode", community);
        body.put("name", "南洋新村");
        body.put("kind", kind);
        body.put("residents", residents);
        return body;
    }

    private static ValidatableResponse upload(String csv) {
        return given().header("Authorization", TestTokens.bearer("administrator")).contentType("text/csv").body(csv)
                .when().post(PATH + "/csv").then();
    }

    @Test
    void aNewZoneIsHeldToTenInclusiveSlotsPerThousandAndABuiltOneToThree() {
        String community = ChildcareFixtures.community(TOWNSHIP);
        String code = code();
        String zoneId = as("administrator").body(zone(code, community, "NEW", 1000)).when().post(PATH).then().statusCode(201)
                .body("revision", equalTo(1)).extract().path("id");
        // a nursery of the zone with 5 inclusive slots (the fixture's), operating
        Map<String, Object> nursery = ChildcareFixtures.institutionBody(TOWNSHIP, community, "PUBLIC_INCLUSIVE", 30);
        nursery.put("zoneId", zoneId);
        String id = as("registrar").body(nursery).when().post("/api/v1/childcare-institutions").then().statusCode(201)
                .body("zoneId", equalTo(zoneId)).extract().path("id");
        ChildcareFixtures.moveTo(id, "FILED");
        ChildcareFixtures.moveTo(id, "OPERATING");

        as("housing").when().get("/api/v1/residential-zone-compliance/" + code).then().statusCode(200)
                .body("inclusiveSlots", equalTo(5)).body("requiredSlots", equalTo(10)).body("shortfall", equalTo(5))
                .body("complies", equalTo(false)).body("standardCode", equalTo("NEW_AREA_INCLUSIVE_SLOTS_PER_1000"))
                .body("inclusiveSlotsPer1000", equalTo(5.0f));
        JsonPath before = as("natural-resources").queryParam("townshipCode", TOWNSHIP).when().get("/api/v1/residential-zone-compliance")
                .then().statusCode(200).extract().jsonPath();

        as("administrator").body(Map.of("communityCode", community, "name", "南洋新村", "kind", "BUILT", "residents", 1000))
                .when().put(PATH + "/" + code).then().statusCode(200).body("revision", equalTo(2)).body("kind", equalTo("BUILT"));
        as("reader").when().get("/api/v1/residential-zone-compliance/" + code).then().statusCode(200)
                .body("requiredSlots", equalTo(3)).body("shortfall", equalTo(0)).body("complies", equalTo(true))
                .body("source", equalTo("漳政办规〔2023〕2号 二(三)9; 附件1 指标10"));
        JsonPath after = as("reader").queryParam("townshipCode", TOWNSHIP).when().get("/api/v1/residential-zone-compliance")
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("byKind.find { it.kind == 'BUILT' }.complying"))
                .isEqualTo(before.getInt("byKind.find { it.kind == 'BUILT' }.complying") + 1);
        assertThat(after.getInt("byKind.find { it.kind == 'NEW' }.zones"))
                .isEqualTo(before.getInt("byKind.find { it.kind == 'NEW' }.zones") - 1);
        assertThat(after.getInt("byKind.find { it.kind == 'BUILT' }.indicatorNo")).isEqualTo(10);

        List<ConsumerRecord<String, String>> events = EmittedEvents.of(ChildcarePlanningEventTypes.TOPIC, zoneId, 2);
        JsonPath last = JsonPath.from(events.get(1).value());
        assertThat(last.getString("code")).isEqualTo(code);
        assertThat(last.getString("kind")).isEqualTo("BUILT");
        assertThat(last.getInt("revision")).isEqualTo(2);
        // the same values again change nothing
        as("administrator").body(Map.of("communityCode", community, "name", "南洋新村", "kind", "BUILT", "residents", 1000))
                .when().put(PATH + "/" + code).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void badZonesAreRefusedAndNothingIsStored() {
        String community = ChildcareFixtures.community(TOWNSHIP);
        String code = code();
        as("administrator").body(zone(code, community, "NEW", 500)).when().post(PATH).then().statusCode(201);
        Map<String, Long> before = stored();
        as("administrator").body(zone(code, community, "NEW", 500)).when().post(PATH).then().statusCode(409)
                .body("code", equalTo("duplicate-zone"));
        Map<String, Object> unknownTownship = zone("350881999Z001", "350881999001", "NEW", 1);
        unknownTownship.put("townshipCode", "350881999");
        as("administrator").body(unknownTownship).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("townshipCode"));
        as("administrator").body(zone(code(), TOWNSHIP + "999", "NEW", 1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("communityCode"));
        as("administrator").body(zone(code(), "350881001003", "NEW", 1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("communityCode"));
        as("administrator").body(zone("350881001Z001", community, "NEW", 1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        as("administrator").body(zone(code(), community, "NEW", -1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("residents"));
        as("administrator").body(zone(code(), community, "OLD", 1)).when().post(PATH).then().statusCode(400);
        // an institution naming a zone that is not in the register, or of another township
        Map<String, Object> nursery = ChildcareFixtures.institutionBody(TOWNSHIP, community, "PUBLIC_INCLUSIVE", 10);
        nursery.put("zoneId", "00000000-0000-4000-8000-000000000000");
        as("registrar").body(nursery).when().post("/api/v1/childcare-institutions").then().statusCode(400)
                .body("errors.field", hasItem("zoneId"));
        assertThat(stored()).isEqualTo(before);
        as("registrar").body(zone(code(), community, "NEW", 1)).when().post(PATH).then().statusCode(403);
        as("registrar").when().get("/api/v1/residential-zone-compliance").then().statusCode(403);
        as("reader").when().get(PATH + "/" + TOWNSHIP + "Z999x").then().statusCode(400);
        as("reader").when().get("/api/v1/residential-zone-compliance/350881001Z999").then().statusCode(404);
        as("administrator").body(Map.of("communityCode", community, "name", "x", "kind", "NEW", "residents", 1))
                .when().put(PATH + "/350881001Z999").then().statusCode(404);
    }

    @Test
    void aCsvUploadAddsEveryZoneOrNone() {
        String community = ChildcareFixtures.community(TOWNSHIP);
        String a = code();
        String b = code();
        String csv = "code,townshipCode,communityCode,name,kind,residents\n"
                + a + "," + TOWNSHIP + "," + community + ",南洋新村,NEW,2000\n"
                + b + "," + TOWNSHIP + "," + community + ",南洋老街,BUILT,3000\n";
        upload(csv).statusCode(201).body("code", equalTo(List.of(a, b))).body("[1].kind", equalTo("BUILT"));
        as("reader").queryParam("townshipCode", TOWNSHIP).queryParam("kind", "BUILT").when().get(PATH).then().statusCode(200)
                .body("code", hasItem(b));

        Map<String, Long> before = stored();
        upload(csv).statusCode(400).body("errors.message", hasItem("duplicate code " + a + ": already in the register"));
        String c = code();
        upload("code,townshipCode,communityCode,name,kind,residents\n"
                + "350881999Z001,350881999,350881999001,x,NEW,1\n"
                + c + "," + TOWNSHIP + "," + TOWNSHIP + "998,y,NEW,1\n"
                + c + "," + TOWNSHIP + "," + community + ",z,OLD,-5\n"
                + c + "," + TOWNSHIP + "," + community + ",z,NEW,5\n"
                + c + "," + TOWNSHIP + "," + community + ",z,NEW,5\n"
                + "too,few\n")
                .statusCode(400)
                .body("errors.field", hasItems("line 2: townshipCode", "line 3: communityCode", "line 4: kind",
                        "line 4: residents", "line 6: code", "line 7"));
        upload("code;name\n1;2\n").statusCode(400).body("errors.field", hasItem("line 1"));
        assertThat(stored()).isEqualTo(before);
    }
}
