package cn.gov.zhangping.fertility.platform.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import cn.gov.zhangping.fertility.local.DevTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} application a real PostgreSQL database of its own and the real Kafka broker,
 * and makes it trust the test kit's token key. Declare it once per service module:
 * <pre>
 * {@literal @}QuarkusTestResource(value = SuiteTestResource.class,
 *         initArgs = {@literal @}ResourceArg(name = "database", value = "family_support"))
 * </pre>
 */
public class SuiteTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> start() {
        Map<String, Object> infra = SharedInfra.get();
        String db = database + infra.get("pg.databaseSuffix");
        ((Consumer<String>) infra.get("pg.createDatabase")).accept(db);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://" + infra.get("pg.host") + ":" + infra.get("pg.port") + "/" + db);
        config.put("quarkus.datasource.username", (String) infra.get("pg.user"));
        config.put("quarkus.datasource.password", (String) infra.get("pg.password"));
        config.put("kafka.bootstrap.servers", (String) infra.get("kafka.bootstrap"));
        config.put("mp.jwt.verify.publickey.location", (String) infra.get("jwt.publicKeyFile"));
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure is shared by every test application in this JVM and stops with it
    }
}
