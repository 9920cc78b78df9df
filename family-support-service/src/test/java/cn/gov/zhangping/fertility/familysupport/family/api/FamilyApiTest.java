package cn.gov.zhangping.fertility.familysupport.family.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Families, derived birth order and the review of doubtful facts, through the API. */
@QuarkusTest
class FamilyApiTest {

    static final String BIRTHS = "/api/v1/birth-registrations";
    static final String FAMILIES = "/api/v1/families";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    static Map<String, Object> birth(String mother, String born, int declaredOrder, List<Map<String, Object>> earlier) {
        Map<String, Object> body = BirthRequests.valid();
        body.put("motherIdNumber", mother);
        body.put("birthDate", born);
        body.put("childName", "林安宁");
        body.put("birthOrder", declaredOrder);
        body.put("earlierChildren", earlier);
        return body;
    }

    static ValidatableResponse register(Map<String, Object> body) {
        return as("registrar").contentType(ContentType.JSON).body(body).when().post(BIRTHS).then().statusCode(201);
    }

    static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }

    /** The data of the last event queued about a registration, and its type. */
    JsonNode lastEvent(String registrationId) throws Exception {
        List<?> rows = em.createNativeQuery("SELECT event_type, payload FROM outbox_event WHERE subject = :s "
                + "ORDER BY occurred_at DESC LIMIT 1").setParameter("s", registrationId).getResultList();
        Object[] row = (Object[]) rows.get(0);
        JsonNode data = mapper.readTree((String) row[1]);
        ((com.fasterxml.jackson.databind.node.ObjectNode) data).put("__type", (String) row[0]);
        return data;
    }

    @Test
    void aFirstBirthMakesAFamilyAndItsEventCarriesTheFamily() throws Exception {
        String mother = TestIds.validMother();
        var r = register(birth(mother, daysAgo(10), 1, List.of())).body("status", equalTo("REGISTERED"))
                .body("birthOrder", equalTo(1)).body("findings", empty());
        String id = r.extract().path("id");
        String familyId = r.extract().path("familyId");
        JsonNode event = lastEvent(id);
        assertThat(event.get("familyId").asText()).isEqualTo(familyId);
        assertThat(event.get("reviewPending").asBoolean()).isFalse();
        assertThat(event.get("birthOrder").asInt()).isEqualTo(1);

        as("reader").when().get(FAMILIES + "/" + familyId).then().statusCode(200)
                .body("motherIdNumber", equalTo(mother.substring(0, 4) + "**********" + mother.substring(14)))
                .body("fatherIdNumber", nullValue())
                .body("children", hasSize(1)).body("children[0].registrationId", equalTo(id));
        as("auditor").when().get(FAMILIES + "/" + familyId).then().statusCode(200).body("motherIdNumber", equalTo(mother));
    }

    @Test
    void aDeclaredOlderSiblingWhoIsLaterRegisteredIsOneChild() {
        String mother = TestIds.validMother();
        String older = LocalDate.now().minusYears(4).toString();
        String familyId = register(birth(mother, daysAgo(10), 2, List.of(Map.of("birthDate", older))))
                .body("status", equalTo("REGISTERED")).body("birthOrder", equalTo(2)).extract().path("familyId");
        register(birth(mother, older, 1, List.of())).body("status", equalTo("REGISTERED")).body("birthOrder", equalTo(1))
                .body("familyId", equalTo(familyId));
        as("registrar").when().get(FAMILIES + "/" + familyId).then().statusCode(200)
                .body("children", hasSize(2)).body("children.birthOrder", contains(1, 2))
                .body("children.birthDate", contains(older, daysAgo(10)));
    }

    @Test
    void aDeceasedOlderChildCountsAndADisagreeingOrderIsReviewedNotRefused() throws Exception {
        String mother = TestIds.validMother();
        var r = register(birth(mother, daysAgo(10), 1,
                List.of(Map.of("birthDate", LocalDate.now().minusYears(3).toString(), "deceased", true))))
                .body("status", equalTo("UNDER_REVIEW")).body("birthOrder", equalTo(2))
                .body("declaredBirthOrder", equalTo(1)).body("findings", contains("BIRTH_ORDER_DISAGREES"));
        String id = r.extract().path("id");
        assertThat(lastEvent(id).get("reviewPending").asBoolean()).isTrue();
        as("reviewer").when().get(BIRTHS + "?status=UNDER_REVIEW&size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
        String familyId = r.extract().path("familyId");
        as("registrar").when().get(FAMILIES + "/" + familyId).then()
                .body("children.deceased", contains(true, false))
                .body("children[1].findings", contains("BIRTH_ORDER_DISAGREES"));

        // only a reviewer confirms
        for (String role : List.of("registrar", "reader", "auditor", "worklist-health")) {
            as(role).contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "note", "核对"))
                    .when().post(BIRTHS + "/" + id + "/review").then().statusCode(403);
        }
        as("reviewer").contentType(ContentType.JSON).body(Map.of("decision", "MAYBE", "note", "核对"))
                .when().post(BIRTHS + "/" + id + "/review").then().statusCode(400);
        as("reviewer").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "note", " "))
                .when().post(BIRTHS + "/" + id + "/review").then().statusCode(400).body("errors.field", hasItem("note"));
        as("reviewer").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "note", "户籍核对：长子已故"))
                .header("If-Match", "\"1\"").when().post(BIRTHS + "/" + id + "/review").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("REGISTERED")).body("findings", empty())
                .body("birthOrder", equalTo(2));
        JsonNode reviewed = lastEvent(id);
        assertThat(reviewed.get("__type").asText()).isEqualTo(BirthEventTypes.REVIEWED_V1);
        assertThat(reviewed.get("reviewPending").asBoolean()).isFalse();
        assertThat(reviewed.get("confirmedFindings").get(0).asText()).isEqualTo("BIRTH_ORDER_DISAGREES");
        as("reviewer").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "note", "again"))
                .when().post(BIRTHS + "/" + id + "/review").then().statusCode(409).body("code", equalTo("not-under-review"));
        as("reader").when().get(BIRTHS + "/" + id + "/history").then().statusCode(200)
                .body("revisions.kind", contains("REGISTERED", "REVIEWED"));
        as("reviewer").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRM", "note", "x"))
                .when().post(BIRTHS + "/00000000-0000-0000-0000-000000000000/review").then().statusCode(404);
    }

    @Test
    void twinsTakeConsecutiveOrders() {
        String mother = TestIds.validMother();
        String born = daysAgo(5);
        Map<String, Object> first = birth(mother, born, 1, List.of());
        first.put("childName", "林一");
        Map<String, Object> second = birth(mother, born, 2, List.of());
        second.put("childName", "林二");
        String familyId = register(first).body("birthOrder", equalTo(1)).extract().path("familyId");
        register(second).body("birthOrder", equalTo(2)).body("status", equalTo("REGISTERED"));
        as("registrar").when().get(FAMILIES + "/" + familyId).then().body("children.birthOrder", contains(1, 2));
    }

    @Test
    void aMotherOutsideTheAgeBoundsAndAFatherWhoIsTheMotherAreReviewed() {
        String child = TestIds.valid(LocalDate.now().minusYears(14));
        register(birth(child, daysAgo(10), 1, List.of())).body("status", equalTo("UNDER_REVIEW"))
                .body("findings", contains("MOTHER_AGE_OUT_OF_RANGE"));
        String mother = TestIds.validMother();
        Map<String, Object> body = birth(mother, daysAgo(10), 1, List.of());
        body.put("fatherIdNumber", mother);
        var r = register(body).body("status", equalTo("UNDER_REVIEW")).body("findings", contains("FATHER_SAME_AS_MOTHER"));
        as("registrar").when().get(FAMILIES + "/" + r.extract().path("familyId")).then()
                .body("fatherIdNumber", nullValue());
    }

    @Test
    void aReviewersCorrectionClosesTheReviewARegistrarsDoesNot() throws Exception {
        String mother = TestIds.validMother();
        String id = register(birth(mother, daysAgo(10), 3, List.of())).body("status", equalTo("UNDER_REVIEW"))
                .extract().path("id");
        as("registrar").contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("hospital", "漳平市妇幼保健院"), "reason", "医院核对"))
                .when().post(BIRTHS + "/" + id + "/corrections").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        assertThat(lastEvent(id).get("reviewPending").asBoolean()).isTrue();
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("birthOrder", 3), "reason", "孩次核对：前两孩生于外省"))
                .when().post(BIRTHS + "/" + id + "/corrections").then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("birthOrder", equalTo(3)).body("findings", empty());
        JsonNode corrected = lastEvent(id);
        assertThat(corrected.get("reviewPending").asBoolean()).isFalse();
        assertThat(corrected.get("changedFields").toString()).isEqualTo("[\"birthOrder\"]");
    }

    @Test
    void searchByAParentsIdentityNumberForTheRolesThatNeedIt() {
        String mother = TestIds.validMother();
        String father = TestIds.valid(LocalDate.of(1988, 7, 12));
        Map<String, Object> body = birth(mother, daysAgo(10), 1, List.of());
        body.put("fatherIdNumber", father);
        body.put("hukouType", "RURAL");
        String familyId = register(body).extract().path("familyId");
        for (String id : List.of(mother, father)) {
            as("registrar").contentType(ContentType.JSON).body(Map.of("parentIdNumber", id))
                    .when().post(FAMILIES + "/search").then().statusCode(200)
                    .body("id", contains(familyId)).body("[0].hukouType", equalTo("RURAL"))
                    .body("[0].fatherIdNumber", startsWith(father.substring(0, 4) + "*"));
        }
        as("reviewer").contentType(ContentType.JSON).body(Map.of("parentIdNumber", TestIds.validMother()))
                .when().post(FAMILIES + "/search").then().statusCode(200).body("$", empty());
        as("reader").contentType(ContentType.JSON).body(Map.of("parentIdNumber", mother))
                .when().post(FAMILIES + "/search").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("parentIdNumber", mother))
                .when().post(FAMILIES + "/search").then().statusCode(401);
        as("registrar").contentType(ContentType.JSON).body(Map.of("parentIdNumber", TestIds.withWrongCheckDigit(mother)))
                .when().post(FAMILIES + "/search").then().statusCode(400).body("errors.field", hasItem("parentIdNumber"));
    }

    @Test
    void earlierChildrenDeclaredLaterCountOnceAndBadDeclarationsStoreNothing() {
        String mother = TestIds.validMother();
        String familyId = register(birth(mother, daysAgo(10), 1, List.of())).extract().path("familyId");
        String older = LocalDate.now().minusYears(6).toString();
        Map<String, Object> declare = Map.of("children", List.of(Map.of("birthDate", older)));
        as("reviewer").contentType(ContentType.JSON).body(declare).when().post(FAMILIES + "/" + familyId + "/children")
                .then().statusCode(200).body("children.birthOrder", contains(1, 2))
                .body("children[0].registrationId", nullValue());
        as("registrar").contentType(ContentType.JSON).body(declare).when().post(FAMILIES + "/" + familyId + "/children")
                .then().statusCode(200).body("children", hasSize(2));
        as("reader").contentType(ContentType.JSON).body(declare).when().post(FAMILIES + "/" + familyId + "/children")
                .then().statusCode(403);
        as("registrar").contentType(ContentType.JSON).body(declare)
                .when().post(FAMILIES + "/00000000-0000-0000-0000-000000000000/children").then().statusCode(404);
        as("registrar").contentType(ContentType.JSON)
                .body(Map.of("children", List.of(Map.of("birthDate", LocalDate.now().plusDays(2).toString()))))
                .when().post(FAMILIES + "/" + familyId + "/children").then().statusCode(400)
                .body("errors.field", hasItem("children[0].birthDate"));
        as("registrar").contentType(ContentType.JSON).body(Map.of("children", List.of()))
                .when().post(FAMILIES + "/" + familyId + "/children").then().statusCode(400);
        as("registrar").when().get(FAMILIES + "/" + familyId).then().body("children", hasSize(2));
        as("registrar").when().get(FAMILIES + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        as("worklist-cdc").when().get(FAMILIES + "/" + familyId).then().statusCode(403);
    }
}
