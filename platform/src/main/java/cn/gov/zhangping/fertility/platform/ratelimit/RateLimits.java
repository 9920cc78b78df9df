package cn.gov.zhangping.fertility.platform.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The clients' allowances, one {@link TokenBucket} per limit name and client, sized from configuration when first
 * used: {@code fertility.rate-limit.<name>.per-minute} and {@code .burst}, and for one client
 * {@code fertility.rate-limit.<name>.clients.<client>} (requests a minute; its burst is at most that). Clients are
 * authenticated token subjects, so the map is as large as the set of clients that called.
 */
@ApplicationScoped
public class RateLimits {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final Config config;

    public RateLimits() {
        this(System::nanoTime, ConfigProvider.getConfig());
    }

    RateLimits(LongSupplier clock, Config config) {
        this.clock = clock;
        this.config = config;
    }

    /** Takes one request of {@code client} from the limit {@code name}: 0 if allowed, else seconds to wait. */
    public long take(String name, String client) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(name + '\n' + client, k -> bucket(name, client, now)).take(now);
    }

    private TokenBucket bucket(String name, String client, long now) {
        String prefix = "fertility.rate-limit." + name;
        int perMinute = config.getValue(prefix + ".per-minute", Integer.class);
        int burst = config.getOptionalValue(prefix + ".burst", Integer.class).orElse(perMinute);
        Integer own = config.getOptionalValue(prefix + ".clients." + client, Integer.class).orElse(null);
        if (own != null) {
            perMinute = own;
            burst = Math.min(burst, own);
        }
        return new TokenBucket(perMinute, burst, now);
    }
}
