package cn.gov.zhangping.fertility.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import cn.gov.zhangping.fertility.platform.MovingClock;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final OutageLog log = new OutageLog(Logger.getLogger(OutageLogTest.class), "database", clock);

    @Test
    void oneOutageIsLoggedOnceAndANewOneAgain() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(log.failed(refused)).isTrue();
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(2));
            assertThat(log.failed(refused)).isFalse();
        }
        clock.advance(OutageLog.QUIET_PERIOD.plus(Duration.ofSeconds(1)));
        assertThat(log.failed(refused)).isTrue();
    }

    @Test
    void theRootCauseIsNamedByItsClassNeverItsMessage() {
        RuntimeException e = new RuntimeException("row 350881199003150026", new SQLException("value 350881199003150026"));
        assertThat(OutageLog.rootName(e)).isEqualTo("SQLException");
    }
}
