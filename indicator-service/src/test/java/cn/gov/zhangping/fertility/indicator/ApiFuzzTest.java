package cn.gov.zhangping.fertility.indicator;

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

    /** The tables whose rows a refused or reading request must leave alone (also for AccessMatrixTest). */
    static final String[] TABLES = {
            "birth_observation", "aggregate_revision", "inbox_event",
            "indicator_target", "resident_population", "indicator_value",
            "reported_value", "reported_value_history", "task_completion"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblemAndStoresNothing() {
        OpenApiFuzzer.Report report = OpenApiFuzzer.of(URI.create(base.toString()), TestTokens::bearer,
                        StoredRows.in(dataSource, TABLES))
                // a fresh year each time (2060 on, which no other test loads), all 16 townships, so that a variant is
                // not refused as a year already loaded
                .validBodies("loadPopulation", ApiFuzzTest::population)
                .run();
        System.out.println(report.save(Path.of("target", "openapi-fuzz.txt")).summary());
        report.assertClean();
    }

    private static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2060);

    static java.util.Map<String, Object> population() {
        java.util.List<java.util.Map<String, Object>> townships = new java.util.ArrayList<>();
        for (var t : cn.gov.zhangping.fertility.platform.reference.Townships.all()) {
            townships.add(java.util.Map.of("townshipCode", t.code(), "population", 15000));
        }
        int year = YEARS.getAndUpdate(y -> y >= 2100 ? 2060 : y + 1);
        return new java.util.LinkedHashMap<>(java.util.Map.of("year", year, "source", "fuzz", "townships", townships));
    }
}
