package cn.gov.zhangping.fertility.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ServiceStoppingTest {

    private final ServiceStopping stopping = new ServiceStopping();

    @Test
    void aPauseLastsItsTimeWhileTheServiceRuns() {
        assertThat(stopping.await(1)).isTrue();
        assertThat(stopping.stopping()).isFalse();
    }

    @Test
    void theServiceStoppingEndsAPauseUnderWay() throws Exception {
        // a pause of an hour: only the shutdown can end it before the test's time-out
        CompletableFuture<Boolean> pause = CompletableFuture.supplyAsync(() -> stopping.await(3_600_000));
        stopping.onStop(null);
        assertThat(pause.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(stopping.stopping()).isTrue();
        assertThat(stopping.await(3_600_000)).isFalse();
    }
}
