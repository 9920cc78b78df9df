package cn.gov.zhangping.fertility.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenOneTokenPerIntervalWithTheWaitInWholeSeconds() {
        TokenBucket bucket = new TokenBucket(6, 3, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        // 6 a minute: one every 10 s
        assertThat(bucket.take(0)).isEqualTo(10);
        assertThat(bucket.take(4 * SECOND)).isEqualTo(6);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isEqualTo(10);
        // never more than the burst, however long it waited
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isPositive();
    }

    @Test
    void aClockThatGoesBackGivesNothing() {
        TokenBucket bucket = new TokenBucket(60, 1, 100 * SECOND);
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(50 * SECOND)).isEqualTo(1);
    }

    @Test
    void aLimitNeedsAtLeastOneRequest() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachClientHasItsOwnBucketAndAClientOfItsOwnLimit() {
        AtomicLong now = new AtomicLong();
        RateLimits limits = new RateLimits(now::get, new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "fertility.rate-limit.registration.per-minute", "60",
                "fertility.rate-limit.registration.burst", "5",
                "fertility.rate-limit.registration.clients.slow", "2"), "test", 100)).build());
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take("registration", "his")).isZero();
        }
        assertThat(limits.take("registration", "his")).isEqualTo(1);
        assertThat(limits.take("registration", "slow")).isZero();
        assertThat(limits.take("registration", "slow")).isZero();
        assertThat(limits.take("registration", "slow")).isEqualTo(30);
        now.addAndGet(30 * SECOND);
        assertThat(limits.take("registration", "slow")).isZero();
    }
}
