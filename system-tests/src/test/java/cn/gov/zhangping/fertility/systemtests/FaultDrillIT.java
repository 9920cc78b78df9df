package cn.gov.zhangping.fertility.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short run of {@code deploy/local/suite drill}: a consumer killed with SIGKILL and restarted, and the broker
 * stopped and started again, each under a steady registration load; every registration answered 201 must then be
 * in each consumer exactly once and the lag back to 0 (the command exits 1 otherwise). Its own suite home and ports
 * (offset 6600); the faults last 10 s instead of the 60 s of a full run.
 */
class FaultDrillIT {

    private static final Suite SUITE = new Suite("suite-drill-it", 6600, Map.of(
            "DRILL_SECONDS", "10", "DRILL_LOAD_SECONDS", "3", "DRILL_RATE", "5", "DRILL_RECOVERY_SECONDS", "60"));

    @BeforeAll
    static void startSuite() throws Exception {
        SUITE.up();
    }

    @AfterAll
    static void stopSuite() throws Exception {
        SUITE.down();
    }

    @Test
    void aKilledConsumerAndAStoppedBrokerLoseAndDuplicateNothing() throws Exception {
        String out = SUITE.run(SUITE.home.resolve("drill.log"), "drill", "kill-benefit-service", "broker-stop");
        System.out.println(out.substring(Math.max(0, out.indexOf("DRILL "))));
        String json = Files.readString(SUITE.home.resolve("drills").resolve("latest.json"));
        assertThat(json).contains("\"drill\":\"kill-benefit-service\",\"passed\":true")
                .contains("\"drill\":\"broker-stop\",\"passed\":true");
    }
}
