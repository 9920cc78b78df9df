package cn.gov.zhangping.fertility.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private Instant now = Instant.parse("2026-11-30T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final OutageLog log = new OutageLog(Logger.getLogger(OutageLogTest.class), "database", clock);

    @Test
    void oneOutageIsLoggedOnceAndANewOneAgain() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(log.failed(refused)).isTrue();
        for (int i = 0; i < 50; i++) {
            now = now.plusSeconds(2);
            assertThat(log.failed(refused)).isFalse();
        }
        now = now.plus(OutageLog.QUIET_PERIOD).plus(Duration.ofSeconds(1));
        assertThat(log.failed(refused)).isTrue();
    }

    @Test
    void theRootCauseIsNamedByItsClassNeverItsMessage() {
        RuntimeException e = new RuntimeException("row 350881199003150026", new SQLException("value 350881199003150026"));
        assertThat(OutageLog.rootName(e)).isEqualTo("SQLException");
    }
}
