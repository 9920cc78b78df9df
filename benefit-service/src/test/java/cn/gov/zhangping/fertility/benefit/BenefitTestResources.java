package cn.gov.zhangping.fertility.benefit;

import cn.gov.zhangping.fertility.platform.testkit.SuiteTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test application of this module runs against the test kit's real PostgreSQL and Kafka. */
@QuarkusTestResource(value = SuiteTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "benefit"))
public class BenefitTestResources {
}
