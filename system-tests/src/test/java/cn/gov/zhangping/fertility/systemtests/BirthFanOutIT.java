package cn.gov.zhangping.fertility.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Birth is one matter" end to end: the four packaged services run as separate processes against one Kafka broker
 * and one PostgreSQL server, started by deploy/local/suite. 50 births are registered over HTTP; each must reach the
 * benefit, childcare registry and indicator services exactly once. Prints the time each birth took to reach all
 * three, and each service's startup time and memory. A third child's journey through all four follows, then a rebuild
 * of the indicator service from the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void fiftyBirthsReachEveryConsumerExactlyOnce() throws Exception {
        BirthFanOut.Latencies latencies = fanOut.run(50);
        fanOut.report("birth fan-out", latencies);
    }

    /**
     * A third child's registration, its enrolment at a public inclusive nursery and the family's home purchase
     * subsidy claim give the fee reduction with its 2:8 split and the payments of both ({@link ThirdChildJourney}).
     */
    @Test
    @Order(2)
    void aThirdChildsEnrolmentAndClaimGiveItsBenefitsAndPayments() throws Exception {
        String child = new ThirdChildJourney(SUITE).run();
        System.out.println("[third child] registration " + child + ": fee reduction booked and split, subsidy and a month paid");
    }

    /**
     * {@code deploy/local/suite rebuild}: the service is stopped, its derived tables emptied, its consumer group moved
     * to offset 0, and once it has read the whole log again its answers are what they were.
     */
    @Test
    @Order(3)
    void aConsumerRebuiltFromTheLogEndsInTheStateItHad() throws Exception {
        // the births' other events (the joint applications' sub-matters) may still be arriving: wait until the answers hold still
        String[] last = {fanOut.indicatorState()};
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String now = fanOut.indicatorState();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        String before = last[0];
        String output = SUITE.run(SUITE.home.resolve("rebuild.log"), "rebuild", BirthFanOut.INDICATOR);
        String after = fanOut.indicatorState();
        System.out.println("[rebuild] " + output.lines().filter(l -> l.contains("rebuilt")).findFirst().orElse(""));
        System.out.println("[rebuild] indicator-service answers before and after the rebuild are "
                + (after.equals(before) ? "the same" : "different") + " (" + before.length() + " characters)");
        assertThat(output).contains("[2/4] emptying", "[3/4] moving consumer group indicator-service to offset 0");
        assertThat(after).isEqualTo(before);
        assertThat(before).contains("\"total\":");
    }

    @Test
    @Order(4)
    void noDeadLetters() throws Exception {
        String output = SUITE.run(SUITE.home.resolve("dlq.log"), "dlq", "list");
        assertThat(output).contains("0 dead letters");
    }
}
