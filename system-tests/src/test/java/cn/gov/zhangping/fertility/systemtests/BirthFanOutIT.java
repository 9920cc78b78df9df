package cn.gov.zhangping.fertility.systemtests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Birth is one matter" end to end: the four packaged services run as separate processes against one Kafka broker
 * and one PostgreSQL server, started by deploy/local/suite. 50 births are registered over HTTP; each must reach the
 * benefit, childcare registry and indicator services exactly once. Prints the time each birth took to reach all
 * three, and each service's startup time and memory.
 */
class BirthFanOutIT {

    private static final Suite SUITE = new Suite("suite-it", 1100, Map.of());

    private static BirthFanOut fanOut;

    @BeforeAll
    static void startSuite() throws Exception {
        SUITE.up();
        fanOut = new BirthFanOut(SUITE);
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (fanOut != null) {
            fanOut.close();
        }
        SUITE.down();
    }

    @Test
    void fiftyBirthsReachEveryConsumerExactlyOnce() throws Exception {
        BirthFanOut.Latencies latencies = fanOut.run(50);
        fanOut.report("birth fan-out", latencies);
    }
}
