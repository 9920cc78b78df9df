package cn.gov.zhangping.fertility.platform.reference;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * One value of reference data (rules, bounds, a calendar) read from the database at most once per {@code ttl}
 * instead of on every request. The service that changes the data calls {@link #invalidate()} (after its commit as
 * well, so that a reader that loaded the old rows meanwhile does not keep them); another replica's change is seen
 * within {@code ttl}. A load that raced with an invalidation is used by its caller but not kept.
 */
public final class ReferenceCache<T> {

    private record Loaded<T>(T value, long atNanos) {
    }

    private final Supplier<T> loader;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private long generation;
    private volatile Loaded<T> loaded;

    public ReferenceCache(Duration ttl, Supplier<T> loader) {
        this(ttl, loader, System::nanoTime);
    }

    ReferenceCache(Duration ttl, Supplier<T> loader, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.loader = loader;
        this.nanoTime = nanoTime;
    }

    /** The kept value, or a fresh one when there is none or it is older than the time to live. */
    public T get() {
        long now = nanoTime.getAsLong();
        Loaded<T> current = loaded;
        if (current != null && now - current.atNanos() < ttlNanos) {
            return current.value();
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        T value = loader.get();
        synchronized (this) {
            if (generation == seen) {
                loaded = new Loaded<>(value, now);
            }
        }
        return value;
    }

    /** Forgets the kept value; the next {@link #get()} reads the data again. */
    public synchronized void invalidate() {
        generation++;
        loaded = null;
    }

    /**
     * For a write in the current transaction: forgets the kept value now and again once the transaction has ended, so
     * that what another request read before the commit is not kept either.
     */
    public void invalidateAfter(TransactionSynchronizationRegistry transaction) {
        invalidate();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }
}
