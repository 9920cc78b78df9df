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
    private final Attempts.Listener listener = (failure, attempt) -> retried.add(attempt);

    private static boolean notPoison(RuntimeException e) {
        return !(e instanceof PoisonEventException);
    }

    @Test
    void aPassingFailureIsRetriedUntilTheTaskSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        Attempts.run(5, 1, AttemptsTest::notPoison, listener, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database briefly away");
            }
        });
        assertThat(calls).hasValue(3);
        assertThat(retried).containsExactly(1, 2);
    }

    @Test
    void poisonIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Attempts.run(5, 1, AttemptsTest::notPoison, listener, () -> {
            calls.incrementAndGet();
            throw new PoisonEventException("unsupported event type");
        })).isInstanceOf(PoisonEventException.class);
        assertThat(calls).hasValue(1);
        assertThat(retried).isEmpty();
    }

    @Test
    void theLastFailureIsThrownWhenTheAttemptsAreUsedUp() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Attempts.run(3, 1, AttemptsTest::notPoison, listener, () -> {
            throw new IllegalStateException("attempt " + calls.incrementAndGet());
        })).hasMessage("attempt 3");
        assertThat(retried).containsExactly(1, 2);
    }
}
