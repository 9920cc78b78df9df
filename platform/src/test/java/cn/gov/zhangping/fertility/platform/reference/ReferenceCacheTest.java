package cn.gov.zhangping.fertility.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReferenceCacheTest {

    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void readsOncePerTimeToLive() {
        ReferenceCache<Integer> cache = new ReferenceCache<>(Duration.ofSeconds(30), loads::incrementAndGet, nanos::get);
        assertThat(cache.get()).isEqualTo(1);
        nanos.set(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get()).isEqualTo(1);
        nanos.set(Duration.ofSeconds(30).toNanos());
        assertThat(cache.get()).as("another replica's change is seen within the time to live").isEqualTo(2);
    }

    @Test
    void anInvalidationIsSeenByTheNextRead() {
        ReferenceCache<Integer> cache = new ReferenceCache<>(Duration.ofSeconds(30), loads::incrementAndGet, nanos::get);
        assertThat(cache.get()).isEqualTo(1);
        cache.invalidate();
        assertThat(cache.get()).isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
    }

    @Test
    void aLoadThatRacedWithAnInvalidationIsNotKept() {
        ReferenceCache<Integer>[] self = new ReferenceCache[1];
        self[0] = new ReferenceCache<>(Duration.ofSeconds(30), () -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                self[0].invalidate(); // a write committed while the old rows were being read
            }
            return n;
        }, nanos::get);
        assertThat(self[0].get()).as("its caller still gets what it read").isEqualTo(1);
        assertThat(self[0].get()).as("but it was not kept").isEqualTo(2);
        assertThat(self[0].get()).isEqualTo(2);
    }
}
