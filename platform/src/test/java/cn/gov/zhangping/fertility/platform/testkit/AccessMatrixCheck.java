package cn.gov.zhangping.fertility.platform.testkit;

import java.net.MalformedURLException;
import java.net.URI;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import org.junit.jupiter.api.Test;

/**
 * A service's {@code AccessMatrixTest}: a {@code @QuarkusTest} subclass names its module and stored tables and builds
 * its township fixture (records of one township, created through its API); the matrix file, the live document, the
 * running application and the README's copy are held against each other by {@link AccessMatrix}.
 */
public abstract class AccessMatrixCheck {

    private final String module;
    private final String[] tables;

    /**
     * @param module the module's directory name, as README's block names it
     * @param tables the tables whose rows no probe may change
     */
    protected AccessMatrixCheck(String module, String... tables) {
        this.module = module;
        this.tables = tables;
    }

    /** Records of one township and the path values, bodies and marks that name them. */
    protected abstract AccessMatrix.Fixture fixture();

    @Test
    void everyRoleGetsWhatTheMatrixSaysAndNothingMore() throws MalformedURLException {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        AccessMatrix.Fixture fixture = fixture();
        AccessMatrix.verify(URI.create(TestHTTPResourceManager.getUri() + "/").toURL(),
                StoredRows.in(dataSource, tables), module, fixture);
    }
}
