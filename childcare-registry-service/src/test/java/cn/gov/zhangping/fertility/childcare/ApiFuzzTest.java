package cn.gov.zhangping.fertility.childcare;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.testkit.OpenApiFuzzer;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation of this service's OpenAPI document, fuzzed with hostile input (platform test kit). */
@QuarkusTest
class ApiFuzzTest {

    /** The tables whose rows a refused or reading request must leave alone (also for AccessMatrixTest). */
    static final String[] TABLES = {
            "registered_child", "planning_standard", "aggregate_revision", "inbox_event",
            "community", "community_population", "residential_zone", "childcare_institution",
            "institution_status_change", "enrolment", "waiting_entry", "fee_reduction_rule",
            // zones, trainings, mother-and-baby rooms (childcare-standards)
            "training_cohort", "training_cohort_version", "public_place", "room_requirement_rule",
            // supervision, re-placement cases, fee review
            "inspection", "inspection_finding", "enforcement_action", "replacement_case",
            "replacement_child", "child_under_review"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        String township = "350881110";
        String community = ChildcareFixtures.community(township);
        Random random = new Random(8);
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, TABLES))
                .validBodies("addCommunity", () -> Map.of("code", "350881002" + String.format("%03d", random.nextInt(1000)),
                        "townshipCode", "350881002", "name", "桂林社区", "areaType", "URBAN",
                        "populations", List.of(Map.of("year", 2025, "residents", 4000))))
                .validBodies("registerInstitution", () -> ChildcareFixtures.institutionBody(township, community, "PUBLIC_INCLUSIVE", 30))
                // zones, trainings, mother-and-baby rooms (childcare-standards)
                .validBodies("addZone", () -> Map.of("code", "350881110Z" + String.format("%03d", random.nextInt(1000)),
                        "townshipCode", "350881110", "communityCode", community, "name", "新村", "kind", "NEW", "residents", 100))
                .validBodies("recordTrainingCohort", () -> Map.of("course", "保育师", "provider", "漳平市职业技术学校",
                        "townshipCode", "350881110", "startDate", "2026-03-01", "endDate", "2026-04-30", "trained", 20, "certified", 18))
                .validBodies("addPublicPlace", () -> Map.of("name", "漳平火车站", "kind", "TRANSPORT_HUB", "townshipCode", "350881110",
                        "floorAreaM2", 12000, "dailyVisitors", 8000))
                // supervision and re-placement cases
                .validBodies("recordInspection", () -> Map.of("inspectedOn", "2026-01-05", "department", "漳平市卫生健康局",
                        "kind", "ROUTINE", "outcome", "PASSED_WITH_FINDINGS", "findings", List.of(Map.of("category", "FOOD",
                                "severity", "MINOR", "description", "留样不足", "rectifyBy", "2026-02-05"))))
                .validBodies("rectifyFinding", () -> Map.of("note", "已整改"))
                .validBodies("takeEnforcementAction", () -> Map.of("kind", "WARNING", "reason", "警告"))
                .validBodies("placeReplacementChild", () -> Map.of("institutionId", java.util.UUID.randomUUID().toString()))
                .validBodies("withdrawReplacementChild", () -> Map.of("reason", "家庭改为居家照护"))
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }
}
