package cn.gov.zhangping.fertility.familysupport;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
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

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, "birth_registration", "birth_registration_revision",
                                "birth_registration_change", "outbox_event", "idempotency_key", "family", "family_child",
                                "birth_registration_finding", "joint_application", "sub_matter", "working_calendar_day"))
                // a new mother each time, so that a variant is not refused as the same birth again
                .validBodies("registerBirth", BirthRequests::valid)
                .validBodies("reviewBirthRegistration", () -> Map.of("decision", "CONFIRM", "note", "户籍核对"))
                .validBodies("searchFamilies", () -> Map.of("parentIdNumber", TestIds.validMother()))
                .validBodies("declareChildren", () -> Map.of("children", List.of(Map.of("birthDate", "2019-05-02"))))
                .validBodies("changeSubMatter", () -> Map.of("status", "REJECTED", "reasonCode", "DOCUMENT_MISSING"))
                .validBodies("putCalendarDay", () -> Map.of("working", false, "name", "春节",
                        "source", "国务院办公厅关于2030年部分节假日安排的通知"))
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }
}
