package cn.gov.zhangping.fertility.platform.ratelimit;

/**
 * A token bucket: it holds at most {@code capacity} tokens, gains {@code perMinute} a minute, and each request takes
 * one. Pure and thread-safe; the clock is given in nanoseconds so tests can move it.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long lastNanos;

    TokenBucket(int perMinute, int capacity, long nowNanos) {
        if (perMinute < 1 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request a minute and a burst of 1");
        }
        this.capacity = capacity;
        this.perNano = perMinute / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes a token: 0 when there was one, otherwise the whole seconds to wait until there is one (at least 1). */
    synchronized long take(long nowNanos) {
        if (nowNanos > lastNanos) {
            tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * perNano);
            lastNanos = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double waitNanos = (1 - tokens) / perNano;
        return Math.max(1, (long) Math.ceil(waitNanos / 1e9));
    }
}
