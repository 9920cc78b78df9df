package cn.gov.zhangping.fertility.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import org.junit.jupiter.api.Test;

class AttemptsTest {

    private final List<Integer> retried = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();
    private final Attempts.Listener listener = (failure, attempt, pause) -> {
        retried.add(attempt);
        pauses.add(pause);
    };

    private static boolean notPoison(RuntimeException e) {
        return !(e instanceof PoisonEventException);
    }

    @Test
    void aPassingFailureIsRetriedUntilTheTaskSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        int attempts = Attempts.untilDone(1, 4, AttemptsTest::notPoison, listener, Attempts.Pause.SLEEP, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database briefly away");
            }
        });
        assertThat(attempts).isEqualTo(3);
        assertThat(retried).containsExactly(1, 2);
    }

    @Test
    void thereIsNoLimitOnAttemptsAndThePauseGrowsToItsCap() {
        AtomicInteger calls = new AtomicInteger();
        int attempts = Attempts.untilDone(1, 8, AttemptsTest::notPoison, listener, Attempts.Pause.SLEEP, () -> {
            if (calls.incrementAndGet() < 40) {
                throw new IllegalStateException("database away for a long time");
            }
        });
        assertThat(attempts).isEqualTo(40);
        assertThat(pauses.subList(0, 5)).containsExactly(1L, 2L, 4L, 8L, 8L);
        assertThat(pauses).allMatch(p -> p <= 8);
    }

    @Test
    void poisonIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Attempts.untilDone(1, 4, AttemptsTest::notPoison, listener, Attempts.Pause.SLEEP, () -> {
            calls.incrementAndGet();
            throw new PoisonEventException("unsupported event type");
        })).isInstanceOf(PoisonEventException.class);
        assertThat(calls).hasValue(1);
        assertThat(retried).isEmpty();
    }

    @Test
    void anInterruptEndsTheRetriesWithTheLastFailure() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Attempts.untilDone(1000, 1000, AttemptsTest::notPoison, listener, Attempts.Pause.SLEEP, () -> {
                throw new IllegalStateException("database away while the service stops");
            })).hasMessage("database away while the service stops");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theServiceStoppingEndsTheRetriesWithTheLastFailure() {
        AtomicInteger calls = new AtomicInteger();
        Attempts.Pause stoppingAfterTwoPauses = new Attempts.Pause() {
            int pauses;

            @Override
            public boolean await(long ms) {
                return ++pauses < 3;
            }
        };
        assertThatThrownBy(() -> Attempts.untilDone(1, 4, AttemptsTest::notPoison, listener, stoppingAfterTwoPauses, () -> {
            throw new IllegalStateException("attempt " + calls.incrementAndGet() + ": the connection pool is closing");
        })).hasMessage("attempt 3: the connection pool is closing");
        assertThat(retried).containsExactly(1, 2, 3);
    }
}
