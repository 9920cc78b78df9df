package cn.gov.zhangping.fertility.platform.inbox;

import java.util.function.Predicate;

/** Runs a task up to a number of attempts, doubling the pause after each retryable failure. */
final class Attempts {

    /** Called before each retry with the failure and the number of the attempt that failed. */
    interface Listener {
        void retrying(RuntimeException failure, int failedAttempt);
    }

    private Attempts() {
    }

    /**
     * Runs {@code task}; a failure that {@code retryable} accepts is retried until {@code attempts} have been made,
     * any other failure, and the last one, is thrown.
     */
    static void run(int attempts, long firstPauseMs, Predicate<RuntimeException> retryable, Listener listener, Runnable task) {
        long pause = firstPauseMs;
        for (int attempt = 1; ; attempt++) {
            try {
                task.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts || !retryable.test(e)) {
                    throw e;
                }
                listener.retrying(e, attempt);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause *= 2;
            }
        }
    }
}
