package cn.gov.zhangping.fertility.familysupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdApiTest;
import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.AccessMatrixCheck;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

/**
 * Every operation × every role × township scope as src/test/resources/access-matrix.csv says, and README shows it
 * (platform kit). The fixture: a birth registration (its family and joint application), a household and the
 * township's yearly review of 2024, in 350881001.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixCheck {

    static final String TOWNSHIP = "350881001";
    /** The fixture household's mother (born 1964) is a recipient; no other test reviews this year. */
    static final int REVIEW_YEAR = 2024;

    public AccessMatrixTest() {
        super("family-support-service", ApiFuzzTest.TABLES);
    }

    private static RequestSpecification registrar() {
        return given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON);
    }

    private static Map<String, Object> household() {
        Map<String, Object> body = HouseholdApiTest.fuzzBody();
        body.put("townshipCode", TOWNSHIP);
        return body;
    }

    @Override
    protected AccessMatrix.Fixture fixture() {
        Map<String, Object> birth = BirthRequests.valid();
        JsonPath registration = registrar().body(birth).when().post("/api/v1/birth-registrations")
                .then().statusCode(201).extract().jsonPath();
        String registrationId = registration.getString("id");
        String application = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .header("Authorization", TestTokens.bearer("registrar")).queryParam("registrationId", registrationId)
                .when().get("/api/v1/applications").then().extract().jsonPath().getString("id[0]"), id -> id != null);
        JsonPath household = registrar().body(household()).when().post("/api/v1/households")
                .then().statusCode(201).extract().jsonPath();
        // a yearly review of the fixture's township (an amount for the year first: 201, or 409 when already set)
        given().header("Authorization", TestTokens.bearer("administrator")).contentType(ContentType.JSON)
                .body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("960.00"), "source", "amount for the test"))
                .when().put("/api/v1/assistance-amounts/REWARD_ASSISTANCE/" + REVIEW_YEAR).then().statusCode(anyOf(is(201), is(409)));
        JsonPath review = given().header("Authorization", TestTokens.bearerIn(List.of(TOWNSHIP), "registrar"))
                .contentType(ContentType.JSON).body(Map.of("year", REVIEW_YEAR)).when().post("/api/v1/household-reviews")
                .then().statusCode(201).extract().jsonPath();
        return AccessMatrix.Fixture.in(TOWNSHIP)
                .value("/api/v1/birth-registrations/", "id", registrationId)
                .value("/api/v1/applications", "registrationId", registrationId)
                .value("/api/v1/applications/", "id", application)
                .value("/api/v1/applications/", "kind", "HOUSEHOLD_REGISTRATION")
                // the auditor's worklist (a department's worklist officer reads its own department's)
                .value("/api/v1/worklists/", "department", "public-security")
                .value("/api/v1/families/", "id", registration.getString("familyId"))
                .value("/api/v1/households/", "id", household.getString("id"))
                .value("/api/v1/households/", "memberId", household.getString("members.find { it.role == 'MOTHER' }.id"))
                .value("/api/v1/households/", "year", REVIEW_YEAR)
                .value("/api/v1/household-reviews/", "id", review.getString("id"))
                .value("/api/v1/household-reviews/", "recipientId", review.getString("recipients[0].id"))
                .body("verifyReviewRecipient", () -> Map.of("outcome", "ACCURATE"))
                .body("putInsuranceEnrolment", () -> Map.of("enrolledOn", (REVIEW_YEAR - 1) + "-12-10"))
                .body("registerBirth", BirthRequests::valid)
                .body("enrolHousehold", AccessMatrixTest::household)
                .body("searchFamilies", () -> Map.of("parentIdNumber", birth.get("motherIdNumber")))
                .body("cancelBirthRegistration", () -> Map.of("reason", "REGISTERED_IN_ERROR", "note", "核查无此出生"))
                .body("correctBirthRegistration", () -> Map.of("changes", Map.of("birthOrder", 3), "reason", "出生顺位核对"))
                .body("reviewBirthRegistration", () -> Map.of("decision", "CONFIRM", "note", "户籍核对"))
                .body("declareChildren", () -> Map.of("children", List.of(Map.of("birthDate", "2019-05-02"))))
                .body("changeSubMatter", () -> Map.of("status", "REJECTED", "reasonCode", "DOCUMENT_MISSING"))
                .body("addHouseholdEvidence", () -> Map.of("documents", List.of(Map.of("documentType",
                        "HOUSEHOLD_REGISTER", "documentNumber", "350881102-0456", "issuedOn", "2020-03-01"))))
                .body("changeHouseholdStatus", () -> Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01"))
                .body("putHouseholdCare", () -> Map.of("townshipContact", Map.of("name", "陈建华", "phone", "0597-7532100"),
                        "villageContact", Map.of("name", "李秀英", "phone", "13905970000")))
                .body("logCareVisit", () -> Map.of("service", "VISIT", "visitedOn", "2025-05-12"))
                .body("recordCensusCheck", () -> Map.of("year", 2025, "level", "CITY", "checkedOn", "2025-06-01"));
    }
}
