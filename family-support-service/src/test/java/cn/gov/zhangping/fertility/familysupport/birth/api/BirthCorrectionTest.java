package cn.gov.zhangping.fertility.familysupport.birth.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthCorrectionTest {

    static final String PATH = "/api/v1/birth-registrations";

    @Inject
    EntityManager em;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    static String register(Map<String, Object> body) {
        return as("registrar").contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).header("ETag", "\"1\"").body("revision", equalTo(1))
                .body("status", equalTo("REGISTERED")).extract().path("id");
    }

    static Map<String, Object> correction(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changes", changes);
        body.put("reason", "出生医学证明核对");
        return body;
    }

    static ValidatableResponse correct(String id, Map<String, Object> changes, String ifMatch) {
        var request = as("registrar").contentType(ContentType.JSON).body(correction(changes));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + id + "/corrections").then();
    }

    private long rows(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    /** A refused correction changes nothing: no revision, no history, no event. */
    private void refused(ValidatableResponse response, int status, String code) {
        response.statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    private void unchanged(String id, Runnable request) {
        long revisions = rows("birth_registration_revision");
        long events = rows("outbox_event");
        request.run();
        assertThat(rows("birth_registration_revision")).isEqualTo(revisions);
        assertThat(rows("outbox_event")).isEqualTo(events);
        as("registrar").when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aCorrectionMovesTheRevisionOnAndIsKeptInTheHistory() {
        String id = register(BirthRequests.valid());
        correct(id, Map.of("townshipCode", "350881106", "communityCode", "350881106002", "rural", true), "\"1\"")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2))
                .body("townshipCode", equalTo("350881106"))
                .body("townshipName", equalTo("象湖镇"))
                .body("communityCode", equalTo("350881106002"))
                .body("rural", equalTo(true))
                .body("childName", equalTo("陈安宁"));
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("townshipCode", equalTo("350881106"));

        correct(id, Map.of("childName", "陈安宇", "birthOrder", 1), null).statusCode(200).header("ETag", "\"3\"");

        as("registrar").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("registrationId", equalTo(id))
                .body("revision", equalTo(3))
                .body("revisions.revision", contains(1, 2, 3))
                .body("revisions.kind", contains("REGISTERED", "CORRECTED", "CORRECTED"))
                .body("revisions[0].changes", hasSize(0))
                .body("revisions[0].reason", nullValue())
                .body("revisions[1].recordedBy", equalTo("test-registrar"))
                .body("revisions[1].reason", equalTo("出生医学证明核对"))
                .body("revisions[1].changes.field", contains("townshipCode", "communityCode", "rural"))
                .body("revisions[1].changes[0].from", equalTo("350881001"))
                .body("revisions[1].changes[0].to", equalTo("350881106"))
                .body("revisions[2].changes.field", contains("birthOrder", "childName"))
                .body("revisions[2].changes[1].from", equalTo("陈安宁"))
                .body("revisions[2].changes[1].to", equalTo("陈安宇"));
    }

    @Test
    void theHistoryMasksTheChildsNameAsTheRegistrationDoes() {
        String id = register(BirthRequests.valid());
        correct(id, Map.of("childName", "陈安宇"), null).statusCode(200);
        as("reader").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("revisions[1].changes[0].field", equalTo("childName"))
                .body("revisions[1].changes[0].from", equalTo("陈**"))
                .body("revisions[1].changes[0].to", equalTo("陈**"));
        as("reader").when().get(PATH + "/" + id).then().body("childName", equalTo("陈**"));
        as("auditor").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("revisions[1].changes[0].to", equalTo("陈安宇"));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = register(BirthRequests.valid());
        correct(id, Map.of("birthOrder", 3), "\"1\"").statusCode(200).header("ETag", "\"2\"");
        long revisions = rows("birth_registration_revision");
        long events = rows("outbox_event");
        refused(correct(id, Map.of("birthOrder", 1), "\"1\""), 412, "revision-mismatch");
        correct(id, Map.of("birthOrder", 1), "W/\"2\"").statusCode(412);
        assertThat(rows("birth_registration_revision")).isEqualTo(revisions);
        assertThat(rows("outbox_event")).isEqualTo(events);
        as("registrar").when().get(PATH + "/" + id).then().body("birthOrder", equalTo(3)).header("ETag", "\"2\"");
        correct(id, Map.of("birthOrder", 1), "\"1\", \"2\"").statusCode(200).header("ETag", "\"3\"");
        correct(id, Map.of("birthOrder", 2), "*").statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void aCorrectionOvertakenByAnotherOneChangesNothing() throws Exception {
        String id = register(BirthRequests.valid());
        long revisions = rows("birth_registration_revision");
        long events = rows("outbox_event");
        QuarkusTransaction.begin();
        CompletableFuture<Integer> overtaken;
        try {
            BirthRegistration r = em.find(BirthRegistration.class, UUID.fromString(id));
            r.birthOrder = 5;
            em.flush();
            // the request reads revision 1 and then waits for this transaction's row lock
            overtaken = CompletableFuture.supplyAsync(() -> correct(id, Map.of("birthOrder", 3), "\"1\"")
                    .extract().statusCode());
            Thread.sleep(1500);
        } catch (RuntimeException e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        QuarkusTransaction.commit();
        assertThat(overtaken.get(60, TimeUnit.SECONDS)).isEqualTo(412);
        as("registrar").when().get(PATH + "/" + id).then().body("birthOrder", equalTo(5)).header("ETag", "\"2\"");
        assertThat(rows("birth_registration_revision")).isEqualTo(revisions);
        assertThat(rows("outbox_event")).isEqualTo(events);
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        String id = register(BirthRequests.valid());
        for (String ifMatch : List.of("1", "\"1", "\"\"", "W/1", "\"1\",,", "\"9999999999\"x")) {
            unchanged(id, () -> correct(id, Map.of("birthOrder", 3), ifMatch).statusCode(400)
                    .body("errors.field", hasItem("If-Match")));
        }
        correct(id, Map.of("birthOrder", 3), "\"9999999999\"").statusCode(412);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        Map<String, Object> body = BirthRequests.valid();
        String id = register(body);
        unchanged(id, () -> refused(correct(id, Map.of("sex", body.get("sex"), "birthOrder", 2), null), 422, "no-change"));
        unchanged(id, () -> refused(correct(id, Map.of(), null), 422, "no-change"));
        unchanged(id, () -> refused(correct(id, Map.of("childName", " 陈安宁 "), null), 422, "no-change"));
    }

    @Test
    void aCorrectionThatWouldMakeTheRegistrationInvalidIsRefusedWithEveryError() {
        String id = register(BirthRequests.valid());
        unchanged(id, () -> correct(id, Map.of("townshipCode", "350881106",
                        "birthDate", LocalDate.now().plusDays(2).toString()), null)
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("changes.communityCode"))
                .body("errors.field", hasItem("changes.birthDate")));
        unchanged(id, () -> correct(id, Map.of("birthDate", "1980-01-01"), null)
                .statusCode(400).body("errors.find { it.field == 'changes.birthDate' }.message",
                        equalTo("must be after the mother's date of birth")));
        unchanged(id, () -> correct(id, Map.of("townshipCode", "350881999"), null).statusCode(400)
                .body("errors.field", hasItem("changes.townshipCode")));
        unchanged(id, () -> correct(id, Map.of("birthOrder", 0), null).statusCode(400)
                .body("errors.field", hasItem("changes.birthOrder")));
        unchanged(id, () -> correct(id, Map.of("childName", "   "), null).statusCode(400)
                .body("errors.field", hasItem("changes.childName")));
        unchanged(id, () -> correct(id, Map.of("childName", "Robert'); DROP TABLE--"), null).statusCode(400)
                .body("errors.field", hasItem("changes.childName")));
        unchanged(id, () -> correct(id, Map.of("motherIdNumber", "11010519491231002X"), null).statusCode(400)
                .body("code", equalTo("malformed-body")));
        unchanged(id, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("changes", Map.of("birthOrder", 3)))
                .when().post(PATH + "/" + id + "/corrections").then().statusCode(400).body("errors.field", hasItem("reason")));
    }

    @Test
    void aCorrectionToABirthThatStandsRegisteredIsAConflict() {
        Map<String, Object> first = BirthRequests.valid();
        String firstId = register(first);
        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("childName", "陈安宇");
        second.put("birthOrder", 3); // a twin of the first: the third child of the family
        String secondId = register(second);
        correct(secondId, Map.of("childName", "陈安宁"), null).statusCode(409)
                .body("code", equalTo("birth-already-registered")).body("existingId", equalTo(firstId));
    }

    @Test
    void onlyRegistrarsCorrectAndAnUnknownRegistrationIsNotFound() {
        String id = register(BirthRequests.valid());
        as("reader").contentType(ContentType.JSON).body(correction(Map.of("birthOrder", 3)))
                .when().post(PATH + "/" + id + "/corrections").then().statusCode(403);
        as("auditor").contentType(ContentType.JSON).body(correction(Map.of("birthOrder", 3)))
                .when().post(PATH + "/" + id + "/corrections").then().statusCode(403);
        refused(correct("00000000-0000-0000-0000-000000000000", Map.of("birthOrder", 3), null), 404, "not-found");
        as("reader").when().get(PATH + "/00000000-0000-0000-0000-000000000000/history").then().statusCode(404);
    }
}
