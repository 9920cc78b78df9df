package cn.gov.zhangping.fertility.familysupport.birth.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.testkit.RawHttp;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthRegistrationResourceTest {

    private static final String PATH = "/api/v1/birth-registrations";

    @Inject
    EntityManager em;

    private ValidatableResponse post(Object body) {
        return given().header("Authorization", TestTokens.bearer("registrar"))
                .contentType(ContentType.JSON).body(body)
                .when().post(PATH).then();
    }

    private long rows(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    @Test
    void registersABirthAndHidesTheIdNumber() {
        Map<String, Object> body = BirthRequests.valid();
        String idNumber = (String) body.get("motherIdNumber");
        String id = post(body)
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("motherIdNumber", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
                .body("childName", equalTo("陈安宁"))
                .body("townshipName", equalTo("菁城街道"))
                .body("birthOrder", equalTo(2))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("motherIdNumber", not(equalTo(idNumber)))
                .body("childName", equalTo("陈**"));

        given().header("Authorization", TestTokens.bearer("auditor"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("motherIdNumber", equalTo(idNumber));
    }

    @Test
    void laterBirthsAreRegisteredLikeFirstOnes() {
        // never refused (task 1): a declared order that is not the family's is registered for review, with the derived one
        post(BirthRequests.with("birthOrder", 3)).statusCode(201).body("birthOrder", equalTo(2))
                .body("declaredBirthOrder", equalTo(3)).body("status", equalTo("UNDER_REVIEW"));
        post(BirthRequests.with("birthOrder", 1)).statusCode(201).body("birthOrder", equalTo(2))
                .body("declaredBirthOrder", equalTo(1)).body("status", equalTo("UNDER_REVIEW"));
        post(BirthRequests.with("earlierChildren", List.of())).statusCode(201).body("birthOrder", equalTo(1))
                .body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void theSameBirthTwiceIsAConflictNamingTheFirst() {
        Map<String, Object> body = BirthRequests.valid();
        String first = post(body).statusCode(201).extract().path("id");
        long before = rows("birth_registration");
        post(body).statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("birth-already-registered"))
                .body("existingId", equalTo(first))
                .body("$", not(hasKey("extensions")));
        assertThat(rows("birth_registration")).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersWithTheOriginal() {
        Map<String, Object> body = BirthRequests.valid();
        String key = "retry-" + System.nanoTime();
        String first = given().header("Authorization", TestTokens.bearer("registrar")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract().path("id");
        long before = rows("birth_registration");
        long outboxBefore = rows("outbox_event");
        given().header("Authorization", TestTokens.bearer("registrar")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith(first))
                .body("id", equalTo(first));
        assertThat(rows("birth_registration")).isEqualTo(before);
        assertThat(rows("outbox_event")).isEqualTo(outboxBefore);

        given().header("Authorization", TestTokens.bearer("registrar")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(BirthRequests.valid()).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        assertThat(rows("birth_registration")).isEqualTo(before);
    }

    /** Each bad request gets a problem naming the field, and nothing is stored or queued. */
    private void rejected(Object body, int status, String code, String field) {
        long registrations = rows("birth_registration");
        long events = rows("outbox_event");
        ValidatableResponse r = post(body).statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("title", notNullValue())
                .body("instance", equalTo(PATH))
                .body(not(containsString("Exception")));
        if (field != null) {
            r.body("errors.field", hasItem(field));
        }
        assertThat(rows("birth_registration")).isEqualTo(registrations);
        assertThat(rows("outbox_event")).isEqualTo(events);
    }

    @Test
    void wrongCheckDigitIsRefused() {
        rejected(BirthRequests.with("motherIdNumber", TestIds.withWrongCheckDigit(TestIds.validMother())),
                400, "validation-failed", "motherIdNumber");
    }

    @Test
    void aWrongIdNumberIsReportedTogetherWithTheOtherErrors() {
        Map<String, Object> body = BirthRequests.without("hospital");
        body.put("motherIdNumber", TestIds.withWrongCheckDigit(TestIds.validMother()));
        long before = rows("birth_registration");
        post(body).statusCode(400)
                .body("errors.field", hasItem("motherIdNumber"))
                .body("errors.field", hasItem("hospital"))
                .body("errors.find { it.field == 'motherIdNumber' }.message", equalTo("the check digit does not match (GB 11643-1999)"));
        assertThat(rows("birth_registration")).isEqualTo(before);
    }

    @Test
    void futureDateOfBirthIsRefused() {
        rejected(BirthRequests.with("birthDate", LocalDate.now().plusDays(2).toString()), 400, "validation-failed", "birthDate");
    }

    @Test
    void unknownTownshipIsRefused() {
        rejected(BirthRequests.with("townshipCode", "350881999"), 400, "validation-failed", "townshipCode");
        rejected(BirthRequests.with("townshipCode", "350802001"), 400, "validation-failed", "townshipCode");
    }

    @Test
    void communityOutsideTheTownshipIsRefused() {
        rejected(BirthRequests.with("communityCode", "350881100001"), 400, "validation-failed", "communityCode");
    }

    @Test
    void missingFieldsAreEachNamed() {
        for (String field : new String[] {"motherIdNumber", "childName", "sex", "birthDate", "birthOrder",
                "townshipCode", "communityCode", "hospital", "specialFamily", "rural"}) {
            rejected(BirthRequests.without(field), 400, "validation-failed", field);
        }
    }

    @Test
    void badValuesAreRefused() {
        rejected(BirthRequests.with("birthOrder", 0), 400, "validation-failed", "birthOrder");
        rejected(BirthRequests.with("childName", "Robert'); DROP TABLE--"), 400, "validation-failed", "childName");
        rejected(BirthRequests.with("sex", "UNKNOWN"), 400, "malformed-body", "sex");
        rejected(BirthRequests.with("birthDate", "2026-02-30"), 400, "malformed-body", "birthDate");
        rejected(BirthRequests.with("unexpected", "field"), 400, "malformed-body", null);
    }

    @Test
    void malformedJsonAndEmptyBodyAreRefused() {
        rejected("{\"motherIdNumber\": ", 400, "malformed-body", null);
        rejected("", 400, "validation-failed", null);
    }

    private static final String EXT_B = new String(Character.toChars(0x20000));

    @TestHTTPResource("/")
    URL base;

    private static String json(Map<String, Object> body) throws Exception {
        return new ObjectMapper().writeValueAsString(body);
    }

    @Test
    void numbersMustBeJsonIntegers() throws Exception {
        for (String order : new String[] {"2.5", "2.0", "\"2\"", "99999999999999999999", "1e400"}) {
            rejected(json(BirthRequests.valid()).replace("\"birthOrder\":2", "\"birthOrder\":" + order),
                    400, "malformed-body", "birthOrder");
        }
    }

    @Test
    void textWithControlCharactersOrUnpairedSurrogatesIsRefused() throws Exception {
        String body = json(BirthRequests.valid());
        rejected(body.replace("\"漳平市医院\"", "\"漳平市医院\\u0000\""), 400, "malformed-body", "hospital");
        rejected(body.replace("\"陈安宁\"", "\"陈\\ud800\""), 400, "malformed-body", "childName");
        post(body.replace("\"陈安宁\"", "\"陈\\udc00安\""))
                .statusCode(400).body("errors.message", hasItem("must not contain unpaired surrogates"));
    }

    @Test
    void aNameOfFiftyRareCharactersIsRegisteredAndMaskedWhole() {
        String name = EXT_B.repeat(50);
        String id = post(BirthRequests.with("childName", name)).statusCode(201).body("childName", equalTo(name))
                .extract().path("id");
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200).body("childName", equalTo(EXT_B + "*".repeat(49)));
        rejected(BirthRequests.with("childName", EXT_B.repeat(51)), 400, "validation-failed", "childName");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefused() {
        for (int page : new int[] {Integer.MAX_VALUE, PageRequest.MAX_PAGE + 1}) {
            given().header("Authorization", TestTokens.bearer("reader"))
                    .queryParam("page", page).queryParam("size", PageRequest.MAX_SIZE)
                    .when().get(PATH)
                    .then().statusCode(400).body("errors.field", hasItem("page"));
        }
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("page", PageRequest.MAX_PAGE).queryParam("size", PageRequest.MAX_SIZE)
                .when().get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblem() {
        long before = rows("birth_registration");
        for (int size : new int[] {70_000, 1_200_000}) {
            byte[] body = ("{\"hospital\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
            RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(), RawHttp.Request.of("POST", PATH,
                    Map.of("Authorization", TestTokens.bearer("registrar"), "Content-Type", "application/json"), body, true));
            assertThat(r.status()).as("status for %d bytes", size).isEqualTo(413);
            assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(r.body()).contains("\"code\":\"payload-too-large\"");
        }
        assertThat(rows("birth_registration")).isEqualTo(before);
    }

    @Test
    void aLongUriAndLargeHeaderFieldsAreRefusedWithProblems() {
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("townshipCode", "3".repeat(9_000))
                .when().get(PATH)
                .then().statusCode(414).contentType("application/problem+json").body("code", equalTo("uri-too-long"));
        given().header("Authorization", TestTokens.bearer("reader")).header("X-Padding", "x".repeat(20_000))
                .when().get(PATH)
                .then().statusCode(431).contentType("application/problem+json").body("code", equalTo("header-fields-too-large"));
    }

    @Test
    void responsesAreNotToBeCached() {
        given().header("Authorization", TestTokens.bearer("reader")).when().get(PATH)
                .then().statusCode(200).header("Cache-Control", "no-store");
        given().when().get(PATH).then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    void oversizedBodyIsRefused() {
        rejected(BirthRequests.with("hospital", "医".repeat(40_000)), 413, "payload-too-large", null);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerKeyIsUnauthorized() {
        given().header("Authorization", TestTokens.foreignBearer("registrar"))
                .contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post(PATH)
                .then().statusCode(401);
    }

    @Test
    void aReaderCannotRegister() {
        long before = rows("birth_registration");
        given().header("Authorization", TestTokens.bearer("reader"))
                .contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        assertThat(rows("birth_registration")).isEqualTo(before);
    }

    @Test
    void unknownIdIsNotFound() {
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(PATH + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(PATH + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid-parameter"));
    }

    @Test
    void listsNewestFirstWithPaging() {
        Map<String, Object> body = BirthRequests.with("townshipCode", "350881205");
        body.put("communityCode", "350881205001");
        String id = post(body).statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("townshipCode", "350881205").queryParam("size", 1)
                .when().get(PATH)
                .then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("size", equalTo(1));
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("size", 1000)
                .when().get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
