package cn.gov.zhangping.fertility.childcare;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every role against src/test/resources/access-matrix.csv (platform test kit). */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyRoleGetsWhatTheMatrixSaysAndNothingMore() {
        AccessMatrix.Report report = AccessMatrix.of(URI.create(base.toString()),
                StoredRows.in(dataSource, ApiFuzzTest.TABLES)).run();
        System.out.println(report.summary());
        report.assertClean();
    }

    @Test
    void theReadmeShowsTheMatrix() {
        AccessMatrix.assertReadmeAgrees(Path.of("..", "README.md"), "childcare-registry-service");
    }
}
