package cn.gov.zhangping.fertility.childcare;

import java.net.URL;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation × every role as src/test/resources/access-matrix.csv says, and README shows it (platform kit). */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    DataSource dataSource;

    @Test
    void everyRoleGetsWhatTheMatrixSaysAndNothingMore() {
        AccessMatrix.verify(base, StoredRows.in(dataSource, ApiFuzzTest.TABLES), "childcare-registry-service");
    }
}
