package cn.gov.zhangping.fertility.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutboxRelayPaceTest {

    @Test
    void probesWithOneRowAfterAFailedSend() {
        assertEquals(1, OutboxRelay.nextLimit(new OutboxRelay.Pass(100, 0, 0), 100));
        assertEquals(1, OutboxRelay.nextLimit(new OutboxRelay.Pass(1, 0, 0), 100));
        // some rows acknowledged before the broker went away
        assertEquals(1, OutboxRelay.nextLimit(new OutboxRelay.Pass(100, 40, 40), 100));
    }

    @Test
    void drainsInBatchesAgainOnceOneSendIsAcknowledged() {
        // the probe of one row after an outage succeeds: the backlog goes in batches from the next pass
        assertEquals(100, OutboxRelay.nextLimit(new OutboxRelay.Pass(1, 1, -1), 100));
        assertEquals(100, OutboxRelay.nextLimit(new OutboxRelay.Pass(0, 0, -1), 100));
    }
}
