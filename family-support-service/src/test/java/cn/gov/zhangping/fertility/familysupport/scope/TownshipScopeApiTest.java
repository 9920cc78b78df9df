package cn.gov.zhangping.fertility.familysupport.scope;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdApiTest;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Township scope from the token: a township officer sees and changes only its township's births, families,
 * applications and households; another township's record is answered 404 (ids cannot be probed), creating one
 * there 403; lists are filtered in the query; a token without the claim, or with a malformed one, is refused.
 */
@QuarkusTest
class TownshipScopeApiTest {

    private static final String BIRTHS = "/api/v1/birth-registrations";
    private static final String JINGCHENG = "350881001";
    private static final String YONGFU = "350881106";

    @Inject
    DataSource dataSource;

    private static RequestSpecification in(String township, String... roles) {
        return given().header("Authorization", TestTokens.bearerIn(List.of(township), roles));
    }

    private static Map<String, Object> birthIn(String township, String community) {
        Map<String, Object> body = BirthRequests.valid();
        body.put("townshipCode", township);
        body.put("communityCode", community);
        return body;
    }

    private static String register(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON).body(body)
                .when().post(BIRTHS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aTownshipOfficerReadsOnlyItsTownshipsBirths() {
        String own = register(birthIn(JINGCHENG, "350881001003"));
        String other = register(birthIn(YONGFU, "350881106002"));

        in(JINGCHENG, "reader").when().get(BIRTHS + "/" + own).then().statusCode(200).body("townshipCode", equalTo(JINGCHENG));
        in(JINGCHENG, "reader").when().get(BIRTHS + "/" + other).then().statusCode(404).body("code", equalTo("not-found"));
        in(JINGCHENG, "reader").when().get(BIRTHS + "/" + other + "/history").then().statusCode(404);
        in(YONGFU, "reader").when().get(BIRTHS + "/" + other).then().statusCode(200);
        given().header("Authorization", TestTokens.bearerIn(List.of(JINGCHENG, YONGFU), "reader"))
                .when().get(BIRTHS + "/" + other).then().statusCode(200);

        // filtered in the query: only the caller's township, and another township asked for is simply empty
        in(JINGCHENG, "reader").when().get(BIRTHS + "?size=200").then().statusCode(200)
                .body("items.townshipCode", everyItem(equalTo(JINGCHENG))).body("items.id", not(hasItem(other)));
        in(JINGCHENG, "reader").when().get(BIRTHS + "?townshipCode=" + YONGFU).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().header("Authorization", TestTokens.bearer("reader")).when().get(BIRTHS + "?townshipCode=" + YONGFU + "&size=200")
                .then().statusCode(200).body("items.id", hasItem(other));
    }

    @Test
    void aTownshipOfficerChangesNothingElsewhere() {
        String other = register(birthIn(YONGFU, "350881106002"));
        var rows = StoredRows.in(dataSource, "birth_registration", "birth_registration_revision", "outbox_event");
        var before = rows.get();

        in(JINGCHENG, "registrar").contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("rural", true), "reason", "核对"))
                .when().post(BIRTHS + "/" + other + "/corrections").then().statusCode(404);
        in(JINGCHENG, "registrar").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "核查"))
                .when().post(BIRTHS + "/" + other + "/cancellation").then().statusCode(404);
        in(JINGCHENG, "registrar").contentType(ContentType.JSON).body(birthIn(YONGFU, "350881106002"))
                .when().post(BIRTHS).then().statusCode(403).body("code", equalTo("outside-township-scope"));
        assertThat(rows.get()).isEqualTo(before);

        // and cannot move one of its own births into another township
        String own = register(birthIn(JINGCHENG, "350881001003"));
        in(JINGCHENG, "registrar").contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("townshipCode", YONGFU, "communityCode", "350881106002"), "reason", "核对"))
                .when().post(BIRTHS + "/" + own + "/corrections").then().statusCode(403);
        in(JINGCHENG, "registrar").contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("rural", true), "reason", "核对"))
                .when().post(BIRTHS + "/" + own + "/corrections").then().statusCode(200);
    }

    @Test
    void familiesApplicationsAndHouseholdsFollowTheirTownship() {
        String other = register(birthIn(YONGFU, "350881106002"));
        String familyId = given().header("Authorization", TestTokens.bearer("reader")).when().get(BIRTHS + "/" + other)
                .then().statusCode(200).extract().path("familyId");
        in(JINGCHENG, "reader").when().get("/api/v1/families/" + familyId).then().statusCode(404);
        in(YONGFU, "reader").when().get("/api/v1/families/" + familyId).then().statusCode(200);
        in(JINGCHENG, "reader").when().get("/api/v1/applications?registrationId=" + other).then().statusCode(200)
                .body("size()", equalTo(0));
        String applicationId = in(YONGFU, "reader").when().get("/api/v1/applications?registrationId=" + other)
                .then().statusCode(200).body("size()", equalTo(1)).extract().path("[0].id");
        in(JINGCHENG, "reader").when().get("/api/v1/applications/" + applicationId).then().statusCode(404);
        in(JINGCHENG, "worklist-health").when().get("/api/v1/worklists/health?size=200").then().statusCode(200)
                .body("items.applicationId", not(hasItem(applicationId)));

        Map<String, Object> household = HouseholdApiTest.fuzzBody(); // township 350881102
        in(JINGCHENG, "registrar").contentType(ContentType.JSON).body(household)
                .when().post("/api/v1/households").then().statusCode(403);
        String householdId = in("350881102", "registrar").contentType(ContentType.JSON).body(household)
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id");
        in(JINGCHENG, "reader").when().get("/api/v1/households/" + householdId).then().statusCode(404);
        in(JINGCHENG, "reader").when().get("/api/v1/households/" + householdId + "/care").then().statusCode(404);
        in(JINGCHENG, "reader").when().get("/api/v1/households?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(householdId)));
        in("350881102", "reader").when().get("/api/v1/households/" + householdId).then().statusCode(200);
    }

    @Test
    void aTokenWithoutTownshipsOrWithABadClaimIsRefused() {
        String own = register(birthIn(JINGCHENG, "350881001003"));
        given().header("Authorization", TestTokens.bearerWithoutTownships("reader")).when().get(BIRTHS + "/" + own)
                .then().statusCode(403).body("code", equalTo("no-township-scope"));
        given().header("Authorization", TestTokens.bearerWithoutTownships("reader")).when().get(BIRTHS)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearerIn(List.of(), "reader")).when().get(BIRTHS + "/" + own)
                .then().statusCode(403);
        for (String claim : List.of("\"350881001\"", "[1]", "[\"*\",\"350881001\"]", "[\"999999999\"]", "{\"a\":1}", "[null]")) {
            given().header("Authorization", TestTokens.bearerWithRawTownships(claim, "reader")).when().get(BIRTHS + "/" + own)
                    .then().statusCode(403).body("code", equalTo("township-scope-invalid"));
        }
    }
}
