package cn.gov.zhangping.fertility.platform.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

/**
 * Logs an outage once, at WARN, when its first failure is seen, instead of an ERROR for every request or pass that
 * meets it. Failures less than {@link #QUIET_PERIOD} apart belong to the same outage; the next failure after a quiet
 * period starts a new one and is logged again.
 */
public final class OutageLog {

    static final Duration QUIET_PERIOD = Duration.ofSeconds(30);

    private final Logger log;
    private final String what;
    private final Clock clock;
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();

    public OutageLog(Class<?> owner, String what) {
        this(Logger.getLogger(owner), what, Clock.systemUTC());
    }

    OutageLog(Logger log, String what, Clock clock) {
        this.log = log;
        this.what = what;
        this.clock = clock;
    }

    /** Records a failure that may pass; returns true when it starts a new outage (and was logged). */
    public boolean failed(Throwable failure) {
        Instant now = clock.instant();
        Instant previous = lastFailure.getAndSet(now);
        boolean starts = previous == null || Duration.between(previous, now).compareTo(QUIET_PERIOD) > 0;
        if (starts) {
            log.warnf("%s unavailable (%s); answering and retrying as unavailable until it is back, logged once per outage",
                    what, rootName(failure));
        } else {
            log.debugf("%s still unavailable (%s)", what, rootName(failure));
        }
        return starts;
    }

    /** The simple class name of the deepest cause: never a message, which may quote request data. */
    public static String rootName(Throwable failure) {
        Throwable t = failure;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == null ? "unknown" : t.getClass().getSimpleName();
    }
}
