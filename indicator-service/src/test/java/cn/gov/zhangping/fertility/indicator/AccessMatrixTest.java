package cn.gov.zhangping.fertility.indicator;

import cn.gov.zhangping.fertility.platform.testkit.AccessMatrix;
import cn.gov.zhangping.fertility.platform.testkit.AccessMatrixCheck;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation × every role × township scope as src/test/resources/access-matrix.csv says, and README shows it
 * (platform kit). Nothing here is owned by a township (indicators are city-wide aggregates with small counts
 * suppressed): a township's token must be answered as a city-wide one, so the fixture holds no records.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixCheck {

    public AccessMatrixTest() {
        super("indicator-service", ApiFuzzTest.TABLES);
    }

    @Override
    protected AccessMatrix.Fixture fixture() {
        return AccessMatrix.Fixture.in("350881001");
    }
}
