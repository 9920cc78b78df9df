package cn.gov.zhangping.fertility.childcare;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.AccessMatrixCheck;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;

/**
 * Every operation × every role × township scope as src/test/resources/access-matrix.csv says, and README shows it
 * (platform kit). The fixture, all in 350881205: a community, an operating nursery with an enrolment and an
 * inspection finding, a closed nursery's re-placement case, a residential zone and a public place.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixCheck {

    static final String TOWNSHIP = "350881205";
    private final Random random = new Random();

    public AccessMatrixTest() {
        super("childcare-registry-service", ApiFuzzTest.TABLES);
    }

    private String enrol(String nursery, UUID child) {
        return as("registrar").body(ChildcareFixtures.enrolBody(nursery, child)).when().post("/api/v1/enrolments")
                .then().statusCode(201).extract().path("id");
    }

    private UUID child() {
        return ChildcareFixtures.child(TOWNSHIP, LocalDate.now().minusMonths(20), 1, false);
    }

    private String zoneCode() {
        return TOWNSHIP + "Z" + String.format("%03d", random.nextInt(1000));
    }

    @Override
    protected AccessMatrix.Fixture fixture() {
        String community = ChildcareFixtures.community(TOWNSHIP);
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        String enrolment = enrol(nursery, child());
        String finding = as("health").body(Map.of("inspectedOn", LocalDate.now().minusDays(3).toString(),
                        "department", "漳平市卫生健康局", "kind", "COMPLAINT", "outcome", "PASSED_WITH_FINDINGS",
                        "findings", List.of(Map.of("category", "FOOD", "severity", "MINOR", "description", "留样不足",
                                "rectifyBy", LocalDate.now().plusDays(30).toString()))))
                .when().post("/api/v1/childcare-institutions/" + nursery + "/inspections").then().statusCode(201)
                .extract().path("findings[0].id");
        String closing = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 5);
        UUID displaced = child();
        enrol(closing, displaced);
        ChildcareFixtures.moveTo(closing, "CLOSED");
        String replacementCase = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> as("auditor")
                .when().get("/api/v1/replacement-cases?status=OPEN&townshipCode=" + TOWNSHIP).then().statusCode(200)
                .extract().jsonPath().getString("find { it.institutionId == '" + closing + "' }.id"), id -> id != null);
        String zone = zoneCode();
        as("administrator").body(zone(zone, community)).when().post("/api/v1/residential-zones").then().statusCode(201);
        UUID unenrolled = child();
        String place = as("administrator").body(place()).when().post("/api/v1/public-places").then().statusCode(201)
                .extract().path("id");
        return AccessMatrix.Fixture.in(TOWNSHIP)
                .value("/api/v1/communities/", "code", community)
                .value("/api/v1/childcare-institutions/", "id", nursery)
                .value("/api/v1/enrolments/", "id", enrolment)
                .value("/api/v1/inspection-findings/", "id", finding)
                .value("/api/v1/replacement-cases/", "id", replacementCase)
                .value("/api/v1/replacement-cases/", "childId", displaced)
                .value("/api/v1/residential-zones/", "code", zone)
                .value("/api/v1/residential-zone-compliance/", "code", zone)
                .value("/api/v1/public-places/", "id", place)
                .value("/api/v1/replacement-cases", "townshipCode", TOWNSHIP)
                .body("addCommunity", () -> Map.of("code", TOWNSHIP + String.format("%03d", random.nextInt(1000)),
                        "townshipCode", TOWNSHIP, "name", "桂林社区", "areaType", "URBAN",
                        "populations", List.of(Map.of("year", 2025, "residents", 4000))))
                .body("changeCommunity", () -> Map.of("name", "吾祠村", "areaType", "RURAL",
                        "populations", List.of(Map.of("year", 2025, "residents", 905))))
                .body("registerInstitution", () -> ChildcareFixtures.institutionBody(TOWNSHIP, community, "PUBLIC_INCLUSIVE", 30))
                .body("enrolChild", () -> ChildcareFixtures.enrolBody(nursery, unenrolled))
                .body("withdrawChild", () -> Map.of("date", LocalDate.now().toString()))
                .body("recordInspection", () -> Map.of("inspectedOn", "2026-01-05", "department", "漳平市卫生健康局",
                        "kind", "ROUTINE", "outcome", "PASSED", "findings", List.of()))
                .body("rectifyFinding", () -> Map.of("note", "已整改"))
                .body("takeEnforcementAction", () -> Map.of("kind", "WARNING", "reason", "警告"))
                .body("changeInstitutionStatus", () -> Map.of("status", "SUSPENDED", "reason", "测试"))
                .body("changeInstitutionSlots", () -> Map.of("totalSlots", 12, "inclusiveSlots", 5))
                .body("placeReplacementChild", () -> Map.of("institutionId", nursery))
                .body("withdrawReplacementChild", () -> Map.of("reason", "家庭改为居家照护"))
                .body("addPublicPlace", this::place)
                .body("changePublicPlace", this::place)
                .body("recordMotherBabyRoom", () -> Map.of("present", true, "openedOn", "2026-06-01", "meetsStandard", true))
                .body("addZone", () -> zone(zoneCode(), community))
                .body("changeZone", () -> Map.of("communityCode", community, "name", "西园新村", "kind", "BUILT",
                        "residents", 6400));
    }

    private static Map<String, Object> zone(String code, String community) {
        return Map.of("code", code, "townshipCode", TOWNSHIP, "communityCode", community, "name", "新村", "kind", "NEW",
                "residents", 100);
    }

    private Map<String, Object> place() {
        return Map.of("name", "漳平火车站", "kind", "TRANSPORT_HUB", "townshipCode", TOWNSHIP, "floorAreaM2", 12000,
                "dailyVisitors", 8000);
    }
}
