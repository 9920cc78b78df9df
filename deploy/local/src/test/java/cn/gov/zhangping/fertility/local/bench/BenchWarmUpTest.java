package cn.gov.zhangping.fertility.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchWarmUpTest {

    @Test
    void theWarmUpLastsWhatTheVariableSaysOrTheDefault() {
        assertEquals(Bench.DEFAULT_WARM_UP_SECONDS, Bench.warmUpSeconds(null));
        assertEquals(Bench.DEFAULT_WARM_UP_SECONDS, Bench.warmUpSeconds("soon"));
        assertEquals(Bench.DEFAULT_WARM_UP_SECONDS, Bench.warmUpSeconds("-5"));
        assertEquals(Bench.DEFAULT_WARM_UP_SECONDS, Bench.warmUpSeconds("99999999999"));
        assertEquals(0, Bench.warmUpSeconds("0"));
        assertEquals(30, Bench.warmUpSeconds(" 30 "));
    }
}
