package cn.gov.zhangping.fertility.childcare.replacement;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.enrolBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplacementCaseTest {

    private static final LocalDate TODAY = CivilDate.today();
    private static final String TOWNSHIP = "350881204";
    private static final String CASES = "/api/v1/replacement-cases";
    private static final Random RANDOM = new Random();

    @Inject
    DataSource dataSource;

    @Inject
    RegisteredChildRepository children;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "enrolment", "replacement_case", "replacement_child", "outbox_event").get();
    }

    /** A new community of the township with its centre (none when lat is null), its code. */
    private static String community(Double lat, Double lon) {
        while (true) {
            String code = TOWNSHIP + String.format("%03d", RANDOM.nextInt(1000));
            Map<String, Object> body = new HashMap<>(Map.of("code", code, "townshipCode", TOWNSHIP, "name", "社区" + code.substring(9),
                    "areaType", "URBAN", "populations", List.of(Map.of("year", 2025, "residents", 3000))));
            if (lat != null) {
                body.put("latitude", lat);
                body.put("longitude", lon);
            }
            int status = as("administrator").body(body).when().post("/api/v1/communities").then().extract().statusCode();
            if (status == 201) {
                return code;
            }
            assertThat(status).as("a community code taken already").isEqualTo(409);
        }
    }

    private static String nursery(String community, boolean inclusive, int slots) {
        Map<String, Object> body = ChildcareFixtures.institutionBody(TOWNSHIP, community, inclusive ? "PUBLIC_INCLUSIVE" : "OTHER", slots);
        body.put("inclusive", inclusive);
        if (!inclusive) {
            body.put("inclusiveSlots", 0);
        }
        String id = as("registrar").body(body).when().post("/api/v1/childcare-institutions").then().statusCode(201).extract().path("id");
        ChildcareFixtures.moveTo(id, "FILED");
        ChildcareFixtures.moveTo(id, "OPERATING");
        return id;
    }

    private UUID child(String community) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> children.place(new RegisteredChild(id, TOWNSHIP, community,
                TODAY.minusMonths(18), 1, false)));
        return id;
    }

    private static String enrol(String nursery, UUID child) {
        return as("registrar").body(enrolBody(nursery, child)).when().post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }

    private static String placement(String caseId, UUID child) {
        return CASES + "/" + caseId + "/children/" + child + "/placement";
    }

    @Test
    void closingANurseryWithChildrenOpensACaseFollowedUntilEveryChildIsPlacedOrWithdrawn() {
        String a = community(25.29, 117.42);
        String near = community(25.30, 117.43);
        String far = community(25.40, 117.60);
        String unknown = community(null, null);
        String closing = nursery(a, true, 5);
        String farInclusive = nursery(far, true, 3);
        String nearInclusive = nursery(near, true, 3);
        String sameNotInclusive = nursery(a, false, 3);
        String unknownInclusive = nursery(unknown, true, 3);
        String full = nursery(near, true, 1);
        enrol(full, child(near));
        UUID first = child(a);
        UUID second = child(a);
        UUID third = child(a);
        String firstEnrolment = enrol(closing, first);
        enrol(closing, second);
        enrol(closing, third);

        ChildcareFixtures.moveTo(closing, "CLOSED");
        as("reader").when().get("/api/v1/enrolments/" + firstEnrolment).then().body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NURSERY_CLOSED"));
        String caseId = as("auditor").when().get(CASES + "?status=OPEN&townshipCode=" + TOWNSHIP).then().statusCode(200)
                .extract().jsonPath().getString("find { it.institutionId == '" + closing + "' }.id");
        assertThat(caseId).isNotNull();

        JsonPath view = as("health").when().get(CASES + "/" + caseId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("children.size()", equalTo(3)).extract().jsonPath();
        List<String> candidates = view.getList("children.find { it.childRegistrationId == '" + first + "' }.candidates.institutionId");
        List<String> mine = List.of(nearInclusive, farInclusive, unknownInclusive, sameNotInclusive);
        assertThat(candidates.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);
        assertThat(candidates).doesNotContain(full, closing);

        // placed through the enrolment use case: the candidate list is recomputed (nearInclusive has a slot fewer)
        as("health").body(Map.of("institutionId", nearInclusive)).when().post(placement(caseId, first)).then().statusCode(200)
                .body("children.find { it.childRegistrationId == '" + first + "' }.status", equalTo("PLACED"))
                .body("children.find { it.childRegistrationId == '" + first + "' }.placedInstitutionId", equalTo(nearInclusive))
                .body("children.find { it.childRegistrationId == '" + second + "' }.candidates.find { it.institutionId == '"
                        + nearInclusive + "' }.freeSlots", equalTo(2));
        as("reader").when().get("/api/v1/childcare-institutions/" + nearInclusive).then().body("enrolled", equalTo(1));

        Map<String, Long> before = stored();
        as("health").body(Map.of("institutionId", farInclusive)).when().post(placement(caseId, first)).then()
                .statusCode(409).body("code", equalTo("child-decided"));
        as("health").body(Map.of("institutionId", farInclusive)).when().post(placement(caseId, UUID.randomUUID())).then().statusCode(404);
        as("health").body(Map.of("institutionId", farInclusive)).when().post(placement(UUID.randomUUID().toString(), second)).then().statusCode(404);
        as("health").body(Map.of("institutionId", full)).when().post(placement(caseId, second)).then()
                .statusCode(409).body("code", equalTo("institution-full"));
        as("health").body(Map.of("institutionId", closing)).when().post(placement(caseId, second)).then()
                .statusCode(409).body("code", equalTo("institution-not-operating"));
        as("health").body(Map.of()).when().post(placement(caseId, second)).then().statusCode(400);
        as("reader").body(Map.of("institutionId", farInclusive)).when().post(placement(caseId, second)).then().statusCode(403);
        as("reader").when().get(CASES + "/" + caseId).then().statusCode(403);
        as("health").body(Map.of("reason", "搬家", "date", TODAY.plusDays(1).toString())).when()
                .post(CASES + "/" + caseId + "/children/" + second + "/withdrawal").then().statusCode(400);
        assertThat(stored()).isEqualTo(before);

        as("registrar").body(Map.of("reason", "家庭改为居家照护")).when().post(CASES + "/" + caseId + "/children/" + second + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .body("children.find { it.childRegistrationId == '" + second + "' }.status", equalTo("WITHDRAWN"))
                .body("children.find { it.childRegistrationId == '" + second + "' }.actorRole", equalTo("registrar"));
        as("registrar").body(Map.of("institutionId", unknownInclusive)).when().post(placement(caseId, third)).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        as("health").body(Map.of("reason", "x")).when().post(CASES + "/" + caseId + "/children/" + third + "/withdrawal")
                .then().statusCode(409).body("code", equalTo("case-resolved"));
        as("reviewer").when().get(CASES + "?status=RESOLVED&townshipCode=" + TOWNSHIP).then().statusCode(200)
                .body("find { it.id == '" + caseId + "' }.placed", equalTo(2))
                .body("find { it.id == '" + caseId + "' }.withdrawn", equalTo(1));
    }

    @Test
    void closingANurseryWithoutChildrenOpensNoCaseAndCentresAreValidated() {
        String closing = nursery(community(null, null), true, 2);
        ChildcareFixtures.moveTo(closing, "CLOSED");
        as("health").when().get(CASES).then().statusCode(200);
        assertThat(as("health").when().get(CASES).then().extract().jsonPath().getList("institutionId")).doesNotContain(closing);
        as("health").when().get(CASES + "?townshipCode=123").then().statusCode(400);

        Map<String, Object> body = new HashMap<>(Map.of("code", TOWNSHIP + "999", "townshipCode", TOWNSHIP, "name", "坐标社区",
                "areaType", "RURAL", "populations", List.of(), "latitude", 25.3));
        as("administrator").body(body).when().post("/api/v1/communities").then().statusCode(400);
        body.put("longitude", 190);
        as("administrator").body(body).when().post("/api/v1/communities").then().statusCode(400);
        body.put("latitude", 91);
        body.put("longitude", 117.4);
        as("administrator").body(body).when().post("/api/v1/communities").then().statusCode(400);
    }
}
