package cn.gov.zhangping.fertility.local.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The drills × outcome table, as text and as JSON. */
final class DrillReport {

    private DrillReport() {
    }

    static String seconds(long ms) {
        return ms < 0 ? "not within the bound" : String.format("%.1f s", ms / 1000.0);
    }

    static String table(List<DrillRunner.Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        String format = "%-37s %-6s %8s %7s %-13s %-10s %10s %10s  %s%n";
        b.append(String.format(format, "DRILL", "RESULT", "ACCEPTED", "REFUSED", "MISSING b/c/i", "DUPS b/c/i",
                "RECOVERED", "LAG-0", "NOTE"));
        for (DrillRunner.Outcome o : outcomes) {
            b.append(String.format(format, o.drill(), o.passed() ? "pass" : "FAIL", o.accepted(), o.refused(), o.missing(),
                    o.duplicated(), o.recoveredMs() < 0 ? "-" : seconds(o.recoveredMs()),
                    o.lagZeroMs() < 0 ? "-" : seconds(o.lagZeroMs()), o.note()));
        }
        b.append("ACCEPTED: registrations answered 201 since the drills began (all must be in each consumer); REFUSED: other\n"
                + "answers during this drill; b/c/i: benefit, childcare registry, indicator; RECOVERED: from the fault lifted until\n"
                + "all accepted by then is in every consumer (load on); LAG-0: from the load paused until every group's lag is 0\n"
                + "and every accepted registration is in every consumer exactly once.\n");
        return b.toString();
    }

    /** Writes {@code drills-<time>.txt} and {@code .json} and copies them to {@code latest.*}; returns the stem. */
    static Path save(Path dir, List<DrillRunner.Outcome> outcomes, String table, Map<String, Object> settings) throws IOException {
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path stem = dir.resolve("drills-" + stamp);
        String json = "{\"ranAt\":\"" + Instant.now() + "\",\"settings\":{" + settings.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(","))
                + "},\"drills\":[\n" + outcomes.stream().map(DrillReport::json).collect(Collectors.joining(",\n")) + "\n]}\n";
        Files.writeString(Path.of(stem + ".txt"), table);
        Files.writeString(Path.of(stem + ".json"), json);
        Files.writeString(dir.resolve("latest.txt"), table);
        Files.writeString(dir.resolve("latest.json"), json);
        return stem;
    }

    private static String json(DrillRunner.Outcome o) {
        return String.format("{\"drill\":\"%s\",\"passed\":%b,\"accepted\":%d,\"refused\":%d,\"missing\":\"%s\","
                        + "\"duplicated\":\"%s\",\"recoveredMs\":%d,\"lagZeroMs\":%d,\"note\":\"%s\"}",
                o.drill(), o.passed(), o.accepted(), o.refused(), o.missing(), o.duplicated(), o.recoveredMs(),
                o.lagZeroMs(), o.note().replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
