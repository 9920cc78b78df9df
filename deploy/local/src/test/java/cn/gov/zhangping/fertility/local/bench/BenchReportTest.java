package cn.gov.zhangping.fertility.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BenchReportTest {

    @Test
    void percentilesAreNearestRank() {
        List<Long> values = List.of(5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L);
        assertEquals(5, Bench.percentile(values, 50));
        assertEquals(10, Bench.percentile(values, 99));
        assertEquals(Long.MAX_VALUE, Bench.percentile(List.of(), 99));
        assertEquals(Long.MAX_VALUE, Bench.percentile(List.of(1L, Long.MAX_VALUE), 99));
    }

    @Test
    void theReportIsJsonAndAnHtmlPageWithoutScripts(@TempDir Path dir) throws Exception {
        Bench.Step ok = new Bench.Step(10, 300, 300, 0, 10.0, 40, 120, 150, 300, 600, 0,
                Map.of("family-support-service", 0.012), Map.of("family-support-service", 240L));
        Bench.Step late = new Bench.Step(20, 600, 598, 2, 19.9, 60, 900, 800, 2500, Long.MAX_VALUE, 3,
                Map.of("family-support-service", 0.011), Map.of("family-support-service", 250L));
        BenchReport.write(dir, List.of(ok, late), ok, 400.0, 8, 30);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        assertEquals(2, json.get("steps").size());
        assertTrue(json.get("steps").get(0).get("meetsTarget").asBoolean());
        assertFalse(json.get("steps").get(1).get("meetsTarget").asBoolean());
        assertTrue(json.get("steps").get(1).get("fanOutP99Ms").isNull());
        assertEquals(0.025, json.get("ratioSustainedToCeiling").asDouble(), 1e-9);
        String html = Files.readString(dir.resolve("bench.html"));
        assertTrue(html.contains("<svg"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void processStatsReadThisProcess() {
        ProcessStats stats = new ProcessStats(100);
        long pid = ProcessHandle.current().pid();
        assertTrue(stats.cpuSeconds(pid, false) > 0);
        assertTrue(stats.memoryMb(pid, false) > 0);
        assertTrue(Double.isNaN(stats.cpuSeconds(Long.MAX_VALUE, false)));
    }
}
