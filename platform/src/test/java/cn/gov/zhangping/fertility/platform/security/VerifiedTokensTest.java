package cn.gov.zhangping.fertility.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.gov.zhangping.fertility.platform.MovingClock;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aVerifiedTokenIsAnsweredUntilItsExpiry() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, Duration.ofMinutes(5), clock);
        tokens.put("a.b.c", "alice", NOW.plusSeconds(30));
        assertThat(tokens.get("a.b.c")).contains("alice");
        assertThat(tokens.get("a.b.d")).as("one byte changed: another token").isEmpty();
        clock.set(NOW.plusSeconds(30));
        assertThat(tokens.get("a.b.c")).as("at its exp").isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void noEntryOutlivesTheMaximumAgeEvenIfTheTokenDoes() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, Duration.ofSeconds(60), clock);
        tokens.put("a.b.c", "alice", NOW.plus(Duration.ofHours(12)));
        clock.set(NOW.plusSeconds(59));
        assertThat(tokens.get("a.b.c")).contains("alice");
        clock.set(NOW.plusSeconds(60));
        assertThat(tokens.get("a.b.c")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNotKept() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, Duration.ofSeconds(60), new MovingClock(NOW));
        tokens.put("a.b.c", "alice", NOW.minusSeconds(1));
        tokens.put("a.b.e", "bob", NOW);
        assertThat(tokens.get("a.b.c")).isEmpty();
        assertThat(tokens.get("a.b.e")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsBound() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofSeconds(60), clock);
        tokens.put("t1", "1", NOW.plusSeconds(5));
        tokens.put("t2", "2", NOW.plusSeconds(50));
        tokens.put("t3", "3", NOW.plusSeconds(50));
        clock.set(NOW.plusSeconds(10));
        tokens.put("t4", "4", NOW.plusSeconds(50));
        assertThat(tokens.size()).as("the expired one made room").isEqualTo(3);
        assertThat(tokens.get("t2")).contains("2");
        tokens.put("t5", "5", NOW.plusSeconds(50));
        assertThat(tokens.size()).as("nothing expired: emptied, then the new one").isEqualTo(1);
        assertThat(tokens.get("t5")).contains("5");
        for (int i = 0; i < 100; i++) {
            tokens.put("n" + i, "n", NOW.plusSeconds(50));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void keysAreDigestsNotTokens() {
        assertThat(VerifiedTokens.key("eyJhbGciOiJSUzI1NiJ9.e30.sig")).doesNotContain("eyJ").hasSize(44);
        assertThatThrownBy(() -> new VerifiedTokens<>(0, Duration.ofSeconds(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
