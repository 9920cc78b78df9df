package cn.gov.zhangping.fertility.local.demo;

import java.util.concurrent.atomic.AtomicInteger;

/** "  births 1200 of 3460, 41.3/s, 29 s elapsed" at most every 2 s, and at the end. */
public final class Progress {

    private final String what;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastPrinted = started;

    public Progress(String what, int total) {
        this.what = what;
        this.total = total;
    }

    public void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (n == total || now - lastPrinted >= 2_000_000_000L) {
            synchronized (this) {
                if (n == total || now - lastPrinted >= 2_000_000_000L) {
                    lastPrinted = now;
                    print(n, now);
                }
            }
        }
    }

    private void print(int n, long now) {
        double seconds = (now - started) / 1e9;
        System.out.printf("  %s %d of %d, %.1f/s, %.0f s elapsed%n", what, n, total, n / Math.max(seconds, 0.001), seconds);
    }
}
