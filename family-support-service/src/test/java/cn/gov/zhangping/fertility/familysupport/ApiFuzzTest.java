package cn.gov.zhangping.fertility.familysupport;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdApiTest;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
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
            "birth_registration", "birth_registration_revision",
            "birth_registration_change", "outbox_event", "idempotency_key", "family", "family_child",
            "birth_registration_finding", "joint_application", "sub_matter", "working_calendar_day",
            "household", "household_member", "household_evidence", "household_status_change",
            "assistance_amount", "household_review", "household_review_line", "insurance_enrolment",
            "household_care", "household_care_visit", "household_census_check", "nursing_leave_check"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, TABLES))
                // a new mother each time, so that a variant is not refused as the same birth again
                .validBodies("registerBirth", BirthRequests::valid)
                .validBodies("reviewBirthRegistration", () -> Map.of("decision", "CONFIRM", "note", "户籍核对"))
                .validBodies("searchFamilies", () -> Map.of("parentIdNumber", TestIds.validMother()))
                .validBodies("declareChildren", () -> Map.of("children", List.of(Map.of("birthDate", "2019-05-02"))))
                .validBodies("changeSubMatter", () -> Map.of("status", "REJECTED", "reasonCode", "DOCUMENT_MISSING"))
                .validBodies("putCalendarDay", () -> Map.of("working", false, "name", "春节",
                        "source", "国务院办公厅关于2030年部分节假日安排的通知"))
                // households: new members each time, so that identity numbers are not given twice
                .validBodies("enrolHousehold", HouseholdApiTest::fuzzBody)
                .validBodies("addHouseholdEvidence", () -> Map.of("documents", List.of(Map.of("documentType",
                        "HOUSEHOLD_REGISTER", "documentNumber", "350881102-0456", "issuedOn", "2020-03-01"))))
                .validBodies("changeHouseholdStatus", () -> Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01"))
                .validBodies("putAssistanceAmount", () -> Map.of("yearlyAmountYuan", new BigDecimal("1080.00"),
                        "source", "fuzz"))
                .validBodies("runHouseholdReview", () -> Map.of("year", 2003))
                .validBodies("verifyReviewRecipient", () -> Map.of("outcome", "ACCURATE"))
                .validBodies("putInsuranceEnrolment", () -> Map.of("enrolledOn", "2025-12-10"))
                .validBodies("putHouseholdCare", () -> Map.of("townshipContact", Map.of("name", "陈建华", "phone", "0597-7532100"),
                        "villageContact", Map.of("name", "李秀英", "phone", "13905970000")))
                .validBodies("logCareVisit", () -> Map.of("service", "VISIT", "visitedOn", "2025-05-12"))
                .validBodies("recordCensusCheck", () -> Map.of("year", 2025, "level", "CITY", "checkedOn", "2025-06-01"))
                .validBodies("checkNursingLeave", () -> Map.of("childIdNumber", TestIds.validMother()))
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }
}
