package cn.gov.zhangping.fertility.childcare.community;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityRegisterTest {

    private static final String PATH = "/api/v1/communities";

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "community", "community_population", "outbox_event").get();
    }

    @Test
    void anAdministratorAddsAndChangesACommunityAndEachIsPublished() {
        String code = "350881204" + String.format("%03d", 900 + (int) (Math.random() * 99));
        as("administrator").body(Map.of("code", code, "townshipCode", "350881204", "name", "吾祠村", "areaType", "RURAL",
                        "populations", List.of(Map.of("year", 2025, "residents", 1200))))
                .when().post(PATH).then().statusCode(201).body("revision", equalTo(1)).body("areaType", equalTo("RURAL"));
        as("administrator").body(Map.of("name", "吾祠村", "areaType", "RURAL", "populations",
                        List.of(Map.of("year", 2026, "residents", 1250), Map.of("year", 2025, "residents", 1200))))
                .when().put(PATH + "/" + code).then().statusCode(200).body("revision", equalTo(2))
                .body("populations.year", equalTo(List.of(2025, 2026)));
        as("reader").when().get(PATH + "/" + code).then().statusCode(200).body("name", equalTo("吾祠村"));
        as("reader").queryParam("townshipCode", "350881204").when().get(PATH).then().statusCode(200).body("code", hasItem(code));

        List<ConsumerRecord<String, String>> events = EmittedEvents.of(CommunityEventTypes.TOPIC, code, 2);
        JsonPath last = JsonPath.from(events.get(1).value());
        assertThat(last.getInt("revision")).isEqualTo(2);
        assertThat(last.getString("townshipCode")).isEqualTo("350881204");
        assertThat(last.getList("populations.residents")).containsExactly(1200, 1250);
    }

    @Test
    void badCommunitiesAreRefusedAndNothingIsStored() {
        Map<String, Long> before = stored();
        as("administrator").body(Map.of("code", "350881999001", "townshipCode", "350881999", "name", "x", "areaType", "URBAN",
                "populations", List.of())).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("townshipCode"));
        as("administrator").body(Map.of("code", "350881002001", "townshipCode", "350881001", "name", "x", "areaType", "URBAN",
                "populations", List.of())).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("code"));
        as("administrator").body(Map.of("code", "35088100100", "townshipCode", "350881001", "name", "x", "areaType", "URBAN",
                "populations", List.of())).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("code"));
        as("administrator").body(Map.of("code", "350881001777", "townshipCode", "350881001", "name", "x", "areaType", "URBAN",
                        "populations", List.of(Map.of("year", 2025, "residents", 1), Map.of("year", 2025, "residents", 2))))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem("populations"));
        assertThat(stored()).isEqualTo(before);
        as("registrar").body(Map.of()).when().post(PATH).then().statusCode(403);
        given().when().get(PATH).then().statusCode(401);
        as("reader").when().get(PATH + "/350881001000").then().statusCode(404);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = "350881205" + String.format("%03d", (int) (Math.random() * 900));
        Map<String, Object> body = Map.of("code", code, "townshipCode", "350881205", "name", "灵地村", "areaType", "RURAL",
                "populations", List.of());
        as("administrator").body(body).when().post(PATH).then().statusCode(201);
        Map<String, Long> before = stored();
        as("administrator").body(body).when().post(PATH).then().statusCode(409).body("code", equalTo("duplicate-community"));
        assertThat(stored()).isEqualTo(before);
    }

    private static io.restassured.response.ValidatableResponse upload(String csv) {
        return given().header("Authorization", TestTokens.bearer("administrator")).contentType("text/csv").body(csv)
                .when().post(PATH + "/csv").then();
    }

    @Test
    void aCsvUploadAddsEveryCommunityOrNone() {
        String a = "350881203" + String.format("%03d", 100 + (int) (Math.random() * 400));
        String b = "350881203" + String.format("%03d", 500 + (int) (Math.random() * 400));
        String csv = "code,townshipCode,name,areaType,year,residents\n"
                + a + ",350881203,官田村,RURAL,2024,900\n" + a + ",350881203,官田村,RURAL,2025,910\n"
                + b + ",350881203,梅水村,RURAL,2025,700\n";
        upload(csv).statusCode(201).body("code", equalTo(List.of(a, b))).body("[0].populations.residents", equalTo(List.of(900, 910)));
        EmittedEvents.of(CommunityEventTypes.TOPIC, b, 1);

        Map<String, Long> before = stored();
        // the same file again: both codes are duplicates of the register
        upload(csv).statusCode(400).body("errors.message", hasItem("duplicate code " + a + ": already in the register"));
        // unknown township, bad format, a code twice for a year, a code outside its township: each line named
        upload("code,townshipCode,name,areaType,year,residents\n"
                + "350881999001,350881999,x,URBAN,2025,1\n"
                + "350881203998,350881203,y,SUBURBAN,20x5,-1\n"
                + "350881203997,350881203,z,URBAN,2025,1\n350881203997,350881203,z,URBAN,2025,2\n"
                + "350881204996,350881203,w,URBAN,2025,1\n"
                + "too,few\n")
                .statusCode(400)
                .body("errors.field", hasItems("line 2: townshipCode", "line 3: areaType", "line 3: year", "line 3: residents",
                        "line 5: code", "line 6: code", "line 7"));
        upload("code;name\n1;2\n").statusCode(400).body("errors.field", hasItem("line 1"));
        upload("").statusCode(400);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void communityCentresAreOptionalBothOrNoneAndReadFromTheCsv() {
        String a = "350881203" + String.format("%03d", (int) (Math.random() * 100));
        upload("code,townshipCode,name,areaType,year,residents,latitude,longitude\n"
                + a + ",350881203,官田村,RURAL,2025,900,25.291500,117.420100\n").statusCode(201)
                .body("[0].latitude", equalTo(25.2915f)).body("[0].longitude", equalTo(117.4201f));
        given().header("Authorization", TestTokens.bearer("reader")).when().get(PATH + "/" + a).then().statusCode(200)
                .body("latitude", equalTo(25.2915f));
        // a change without a centre keeps it
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(Map.of("name", "官田村", "areaType", "RURAL", "populations", List.of(Map.of("year", 2025, "residents", 905))))
                .when().put(PATH + "/" + a).then().statusCode(200).body("latitude", equalTo(25.2915f)).body("revision", equalTo(2));

        Map<String, Long> before = stored();
        upload("code,townshipCode,name,areaType,year,residents,latitude,longitude\n"
                + "350881203990,350881203,x,URBAN,2025,1,91,117.4\n"
                + "350881203991,350881203,y,URBAN,2025,1,25.3,\n"
                + "350881203992,350881203,z,URBAN,2025,1,25.3,east\n"
                + "350881203993,350881203,w,URBAN,2025,1\n")
                .statusCode(400)
                .body("errors.field", hasItems("line 2: latitude", "line 3: longitude", "line 4: longitude", "line 5"));
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(Map.of("name", "官田村", "areaType", "RURAL", "populations", List.of(), "longitude", 181))
                .when().put(PATH + "/" + a).then().statusCode(400).body("errors.field", hasItem("longitude"));
        assertThat(stored()).isEqualTo(before);
    }
}
