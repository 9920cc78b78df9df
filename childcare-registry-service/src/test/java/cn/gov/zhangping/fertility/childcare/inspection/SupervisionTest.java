package cn.gov.zhangping.fertility.childcare.inspection;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.child;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.enrolBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupervisionTest {

    private static final LocalDate TODAY = CivilDate.today();
    private static final String TOWNSHIP = "350881205";

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "inspection", "inspection_finding", "enforcement_action", "institution_status_change",
                "enrolment", "replacement_case", "replacement_child", "outbox_event").get();
    }

    private static String path(String nursery, String what) {
        return "/api/v1/childcare-institutions/" + nursery + "/" + what;
    }

    private static Map<String, Object> inspection(String outcome, List<Map<String, Object>> findings) {
        Map<String, Object> body = new HashMap<>();
        body.put("inspectedOn", TODAY.minusDays(3).toString());
        body.put("department", "漳平市卫生健康局");
        body.put("kind", "COMPLAINT");
        body.put("outcome", outcome);
        body.put("findings", findings);
        return body;
    }

    private static Map<String, Object> finding(LocalDate rectifyBy) {
        return Map.of("category", "FIRE_SAFETY", "severity", "MAJOR", "description", "消防通道堆放杂物", "rectifyBy", rectifyBy.toString());
    }

    private static Map<String, Object> action(String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("reason", "消防检查不合格");
        return body;
    }

    @Test
    void aSuspensionIsLiftedOnlyOnceEveryFindingIsRectified() {
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        String findingId = as("health").body(inspection("FAILED", List.of(finding(TODAY.plusDays(30))))).when()
                .post(path(nursery, "inspections")).then().statusCode(201)
                .body("outcome", equalTo("FAILED")).body("actorRole", equalTo("health"))
                .body("findings", hasSize(1)).body("findings[0].status", equalTo("OPEN"))
                .extract().path("findings[0].id");

        as("health").body(action("SUSPENSION")).when().post(path(nursery, "enforcement-actions")).then().statusCode(201)
                .body("kind", equalTo("SUSPENSION")).body("takenOn", equalTo(TODAY.toString())).body("fineAmount", nullValue());
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery).then().body("status", equalTo("SUSPENDED"));
        as("reader").when().get(path(nursery, "history")).then()
                .body("toStatus", hasItem("SUSPENDED")).body("reason", hasItem("SUSPENSION: 消防检查不合格"))
                .body("actorRole", hasItem("health"));
        as("registrar").body(enrolBody(nursery, child(TOWNSHIP, TODAY.minusYears(1), 1, false))).when()
                .post("/api/v1/enrolments").then().statusCode(409).body("code", equalTo("institution-not-operating"));

        Map<String, Long> before = stored();
        as("registrar").body(action("SUSPENSION_LIFTED")).when().post(path(nursery, "enforcement-actions")).then()
                .statusCode(409).body("code", equalTo("findings-open"));
        assertThat(stored()).isEqualTo(before);

        as("registrar").body(Map.of("note", "杂物已清理")).when().post("/api/v1/inspection-findings/" + findingId + "/rectification")
                .then().statusCode(200).body("status", equalTo("RECTIFIED")).body("rectifiedOn", equalTo(TODAY.toString()))
                .body("rectifiedRole", equalTo("registrar"));
        as("registrar").body(Map.of("note", "again")).when().post("/api/v1/inspection-findings/" + findingId + "/rectification")
                .then().statusCode(409).body("code", equalTo("finding-rectified"));
        as("registrar").body(action("SUSPENSION_LIFTED")).when().post(path(nursery, "enforcement-actions")).then().statusCode(201);
        as("auditor").when().get("/api/v1/childcare-institutions/" + nursery).then().body("status", equalTo("OPERATING"));
        as("auditor").when().get(path(nursery, "enforcement-actions")).then().statusCode(200)
                .body("kind", equalTo(List.of("SUSPENSION", "SUSPENSION_LIFTED")));
        as("reviewer").when().get(path(nursery, "inspections")).then().statusCode(200).body("[0].findings[0].status", equalTo("RECTIFIED"));

        // REGISTERED, FILED, OPERATING, SUSPENDED, OPERATING: the same lifecycle event as any step
        List<String> statuses = EmittedEvents.of(ChildcareEventTypes.INSTITUTIONS_TOPIC, nursery, 5).stream()
                .map(r -> JsonPath.from(r.value()).getString("status")).toList();
        assertThat(statuses).containsExactly("REGISTERED", "FILED", "OPERATING", "SUSPENDED", "OPERATING");
    }

    @Test
    void aRevocationClosesTheNurseryAndOpensAReplacementCase() {
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        UUID child = child(TOWNSHIP, TODAY.minusYears(1), 1, false);
        String enrolment = as("registrar").body(enrolBody(nursery, child)).when().post("/api/v1/enrolments").then()
                .statusCode(201).extract().path("id");
        as("health").body(action("REVOCATION")).when().post(path(nursery, "enforcement-actions")).then().statusCode(201);
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery).then().body("status", equalTo("CLOSED"));
        as("reader").when().get("/api/v1/enrolments/" + enrolment).then().body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NURSERY_CLOSED"));
        List<Map<String, Object>> cases = as("health").when().get("/api/v1/replacement-cases?status=OPEN&townshipCode=" + TOWNSHIP)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.institutionId == '" + nursery + "' }");
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0)).containsEntry("waiting", 1);

        Map<String, Long> before = stored();
        as("health").body(inspection("PASSED", List.of())).when().post(path(nursery, "inspections")).then()
                .statusCode(409).body("code", equalTo("institution-closed"));
        as("health").body(action("WARNING")).when().post(path(nursery, "enforcement-actions")).then().statusCode(409);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badInspectionsAndActionsAreRefusedAndStoreNothing() {
        String nursery = ChildcareFixtures.institution(TOWNSHIP, "PRIVATE_INCLUSIVE", 10);
        Map<String, Long> before = stored();
        String inspections = path(nursery, "inspections");
        as("health").body(inspection("PASSED", List.of(finding(TODAY)))).when().post(inspections).then().statusCode(400)
                .body("errors.field", hasItem("findings"));
        as("health").body(inspection("PASSED_WITH_FINDINGS", List.of())).when().post(inspections).then().statusCode(400)
                .body("errors.field", hasItem("findings"));
        as("health").body(inspection("FAILED", List.of(finding(TODAY.minusDays(10))))).when().post(inspections).then()
                .statusCode(400).body("errors.field", hasItem("findings[0].rectifyBy"));
        Map<String, Object> future = inspection("PASSED", List.of());
        future.put("inspectedOn", TODAY.plusDays(1).toString());
        as("health").body(future).when().post(inspections).then().statusCode(400).body("errors.field", hasItem("inspectedOn"));
        Map<String, Object> noKind = inspection("PASSED", List.of());
        noKind.remove("kind");
        as("health").body(noKind).when().post(inspections).then().statusCode(400).body("errors.field", hasItem("kind"));
        as("health").body(inspection("PASSED", List.of())).when().post(path(UUID.randomUUID().toString(), "inspections"))
                .then().statusCode(404);
        as("reader").body(inspection("PASSED", List.of())).when().post(inspections).then().statusCode(403);
        as("auditor").body(action("WARNING")).when().post(path(nursery, "enforcement-actions")).then().statusCode(403);

        String actions = path(nursery, "enforcement-actions");
        as("registrar").body(action("FINE")).when().post(actions).then().statusCode(400).body("errors.field", hasItem("fineAmount"));
        Map<String, Object> warningWithFine = action("WARNING");
        warningWithFine.put("fineAmount", 100);
        as("registrar").body(warningWithFine).when().post(actions).then().statusCode(400).body("errors.field", hasItem("fineAmount"));
        Map<String, Object> otherInspection = action("WARNING");
        otherInspection.put("inspectionId", UUID.randomUUID().toString());
        as("registrar").body(otherInspection).when().post(actions).then().statusCode(400).body("errors.field", hasItem("inspectionId"));
        // a REGISTERED nursery is not operating: the lifecycle refuses the suspension
        as("registrar").body(action("SUSPENSION")).when().post(actions).then().statusCode(409).body("code", equalTo("status-not-allowed"));
        as("registrar").body(Map.of("note", "x")).when().post("/api/v1/inspection-findings/" + UUID.randomUUID() + "/rectification")
                .then().statusCode(404);
        assertThat(stored()).isEqualTo(before);

        Map<String, Object> fine = action("FINE");
        fine.put("fineAmount", 5000.00);
        as("registrar").body(fine).when().post(actions).then().statusCode(201).body("fineAmount", equalTo(5000.00f))
                .body("actorRole", equalTo("registrar"));
        as("registrar").when().get("/api/v1/childcare-institutions/" + nursery).then().body("status", equalTo("REGISTERED"));
    }
}
