package cn.gov.zhangping.fertility.childcare.scope;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Township scope in the childcare registry: a nursery and what hangs off it (enrolments, waiting list, inspections,
 * enforcement) belong to the nursery's township; communities, zones and places to theirs.
 */
@QuarkusTest
class TownshipScopeApiTest {

    private static final String XINQIAO = "350881102";
    private static final String YONGFU = "350881106";

    @Inject
    DataSource dataSource;

    private static RequestSpecification in(String township, String... roles) {
        return given().header("Authorization", TestTokens.bearerIn(List.of(township), roles)).contentType(ContentType.JSON);
    }

    @Test
    void aTownshipOfficerSeesAndChangesOnlyItsTownshipsNurseries() {
        String own = ChildcareFixtures.operatingNursery(XINQIAO, "PUBLIC_INCLUSIVE", 10);
        String other = ChildcareFixtures.operatingNursery(YONGFU, "PUBLIC_INCLUSIVE", 10);
        String institutions = "/api/v1/childcare-institutions/";

        in(XINQIAO, "reader").when().get(institutions + own).then().statusCode(200);
        for (String path : List.of("", "/history", "/enrolments", "/waiting-list", "/inspections", "/enforcement-actions")) {
            in(XINQIAO, "reader").when().get(institutions + other + path).then().statusCode(404)
                    .body("code", equalTo("not-found"));
        }
        in(XINQIAO, "reader").when().get("/api/v1/childcare-institutions").then().statusCode(200)
                .body("townshipCode", everyItem(equalTo(XINQIAO))).body("id", hasItem(own)).body("id", not(hasItem(other)));

        var rows = StoredRows.in(dataSource, "childcare_institution", "enrolment", "outbox_event");
        var before = rows.get();
        in(XINQIAO, "registrar").body(Map.of("totalSlots", 20, "inclusiveSlots", 5)).when()
                .put(institutions + other + "/slots").then().statusCode(404);
        in(XINQIAO, "registrar").body(Map.of("status", "SUSPENDED", "reason", "测试")).when()
                .post(institutions + other + "/status-changes").then().statusCode(404);
        UUID child = ChildcareFixtures.child(YONGFU, LocalDate.now().minusMonths(14), 1, false);
        in(XINQIAO, "registrar").body(ChildcareFixtures.enrolBody(other, child)).when().post("/api/v1/enrolments")
                .then().statusCode(403).body("code", equalTo("outside-township-scope"));
        in(XINQIAO, "registrar").body(ChildcareFixtures.institutionBody(YONGFU, YONGFU + "001", "PUBLIC_INCLUSIVE", 5)).when()
                .post("/api/v1/childcare-institutions").then().statusCode(403);
        assertThat(rows.get()).isEqualTo(before);

        String enrolment = in(YONGFU, "registrar").body(ChildcareFixtures.enrolBody(other, child)).when()
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
        in(XINQIAO, "reader").when().get("/api/v1/enrolments/" + enrolment).then().statusCode(404);
        in(YONGFU, "reader").when().get("/api/v1/enrolments/" + enrolment).then().statusCode(200);
        in(XINQIAO, "registrar").body(Map.of("date", LocalDate.now().toString())).when()
                .post("/api/v1/enrolments/" + enrolment + "/withdrawal").then().statusCode(404);
    }

    @Test
    void communitiesAndZonesFollowTheirTownship() {
        String other = ChildcareFixtures.community(YONGFU);
        in(XINQIAO, "reader").when().get("/api/v1/communities/" + other).then().statusCode(404);
        in(YONGFU, "reader").when().get("/api/v1/communities/" + other).then().statusCode(200);
        in(XINQIAO, "reader").when().get("/api/v1/communities").then().statusCode(200)
                .body("townshipCode", everyItem(equalTo(XINQIAO)));
        in(XINQIAO, "administrator").body(Map.of("code", YONGFU + "999", "townshipCode", YONGFU, "name", "社区999",
                "areaType", "URBAN", "populations", List.of(Map.of("year", 2025, "residents", 5000)))).when()
                .post("/api/v1/communities").then().statusCode(403);
        in(XINQIAO, "administrator").contentType("text/csv").body("code,townshipCode,name,areaType,year,residents\n").when()
                .post("/api/v1/communities/csv").then().statusCode(403);
        in(XINQIAO, "reader").when().get("/api/v1/residential-zones").then().statusCode(200)
                .body("townshipCode", everyItem(equalTo(XINQIAO)));
        in(XINQIAO, "reader").when().get("/api/v1/public-places").then().statusCode(200)
                .body("townshipCode", everyItem(equalTo(XINQIAO)));
    }

    @Test
    void aTokenWithoutTownshipsIsRefused() {
        String own = ChildcareFixtures.institution(XINQIAO, "PUBLIC_INCLUSIVE", 5);
        given().header("Authorization", TestTokens.bearerWithoutTownships("reader"))
                .when().get("/api/v1/childcare-institutions/" + own).then().statusCode(403).body("code", equalTo("no-township-scope"));
        given().header("Authorization", TestTokens.bearerWithoutTownships("reader"))
                .when().get("/api/v1/childcare-institutions").then().statusCode(403);
    }
}
