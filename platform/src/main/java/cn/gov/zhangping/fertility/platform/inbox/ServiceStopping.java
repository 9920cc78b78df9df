package cn.gov.zhangping.fertility.platform.inbox;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;

/**
 * The pause between a consumer's attempts at a record ({@link Inbox}), cut short when the service begins to stop.
 * A record that cannot be applied while the service stops (its database pool closing, the broker gone) is then
 * given up at once instead of being retried through the shutdown: the channel stops without committing its offset
 * and the record is read again after the restart. Without it, a consumer retrying with pauses of up to
 * {@code fertility.inbox.max-retry-pause-ms} held the shutdown for as long as its retries lasted.
 */
@ApplicationScoped
public class ServiceStopping implements Attempts.Pause {

    private final CountDownLatch stopping = new CountDownLatch(1);

    // before the messaging connector and the datasource stop: their own shutdown waits for the consumers
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping.countDown();
    }

    public boolean stopping() {
        return stopping.getCount() == 0;
    }

    @Override
    public boolean await(long ms) {
        try {
            return !stopping.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
