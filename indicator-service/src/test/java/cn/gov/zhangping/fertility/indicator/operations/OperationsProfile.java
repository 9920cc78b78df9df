package cn.gov.zhangping.fertility.indicator.operations;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * An application for the operations tests: only a network the tests are not on may see operations data, and the
 * outbox relay is off so that rows a test puts into the outbox stay where it put them.
 */
public class OperationsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fertility.operations.allowed-networks", "10.99.0.0/16",
                "fertility.outbox.relay.enabled", "false");
    }
}
