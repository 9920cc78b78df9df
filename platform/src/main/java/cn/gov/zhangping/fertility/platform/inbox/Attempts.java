package cn.gov.zhangping.fertility.platform.inbox;

import java.util.function.Predicate;

/**
 * Runs a task until it succeeds: a failure that {@code retryable} accepts is retried after a pause that doubles up
 * to a cap, for as long as it takes; any other failure is thrown at once. The service stopping (a pause cut short)
 * or an interrupt ends the retries by throwing the last failure.
 */
final class Attempts {

    /** Called before each retry with the failure, the number of the attempt that failed and the pause before the next. */
    interface Listener {
        void retrying(RuntimeException failure, int failedAttempt, long pauseMs);
    }

    /** Waits between attempts; false when the wait was cut short because the service is stopping. */
    interface Pause {
        boolean await(long ms);

        /** A plain sleep, cut short only by an interrupt. */
        Pause SLEEP = ms -> {
            try {
                Thread.sleep(ms);
                return true;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    private Attempts() {
    }

    /** Returns the number of attempts it took. */
    static int untilDone(long firstPauseMs, long maxPauseMs, Predicate<RuntimeException> retryable, Listener listener,
                         Pause pauses, Runnable task) {
        long pause = Math.max(1, firstPauseMs);
        for (int attempt = 1; ; attempt++) {
            try {
                task.run();
                return attempt;
            } catch (RuntimeException e) {
                if (!retryable.test(e)) {
                    throw e;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                listener.retrying(e, attempt, pause);
                if (!pauses.await(pause)) {
                    throw e;
                }
                pause = Math.min(pause * 2, Math.max(firstPauseMs, maxPauseMs));
            }
        }
    }
}
