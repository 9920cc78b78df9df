package cn.gov.zhangping.fertility.benefit;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

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

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, "child", "entitlement", "entitlement_change", "aggregate_revision",
                                "inbox_event", "policy_version", "policy_version_tier"))
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }
}
