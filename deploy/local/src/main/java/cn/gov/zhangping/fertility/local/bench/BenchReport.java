package cn.gov.zhangping.fertility.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** bench.json and bench.html (inline SVG, no scripts) of a benchmark run. */
final class BenchReport {

    private BenchReport() {
    }

    static void write(Path dir, List<Bench.Step> steps, Bench.Step best, double ceiling, int concurrency, int stepSeconds)
            throws IOException {
        double sustained = best == null ? 0 : best.acceptedPerSecond();
        String json = "{\n  \"measuredAt\": \"" + Instant.now() + "\",\n  \"machine\": \"" + machine() + "\",\n"
                + "  \"stepSeconds\": " + stepSeconds + ",\n  \"fanOutTargetMs\": " + Bench.FAN_OUT_TARGET_MS + ",\n"
                + "  \"steps\": [\n" + steps.stream().map(BenchReport::json).collect(Collectors.joining(",\n")) + "\n  ],\n"
                + "  \"sustainedRegistrationsPerSecond\": " + num(sustained) + ",\n"
                + "  \"sustainedOfferedRate\": " + (best == null ? "null" : best.rate()) + ",\n"
                + "  \"ceiling\": {\"method\": \"JDBC loop: one row with a unique key plus one outbox row per transaction, "
                + "synchronous_commit on, scratch database of the same PostgreSQL\", \"concurrency\": " + concurrency
                + ", \"transactionsPerSecond\": " + num(ceiling) + "},\n"
                + "  \"ratioSustainedToCeiling\": " + num(sustained / ceiling) + "\n}\n";
        Files.writeString(dir.resolve("bench.json"), json);
        Files.writeString(dir.resolve("bench.html"), html(steps, sustained, ceiling));
    }

    private static String json(Bench.Step s) {
        return String.format(Locale.ROOT, "    {\"offeredRate\": %d, \"sent\": %d, \"accepted\": %d, \"errors\": %d, "
                + "\"acceptedPerSecond\": %s, \"httpP50Ms\": %d, \"httpP99Ms\": %d, \"fanOutP50Ms\": %s, \"fanOutP95Ms\": %s, "
                + "\"fanOutP99Ms\": %s, \"fanOutMissing\": %d, \"meetsTarget\": %s,\n     \"cpuSecondsPerRegistration\": %s,\n"
                + "     \"memoryMb\": %s}", s.rate(), s.sent(), s.accepted(), s.errors(), num(s.acceptedPerSecond()),
                s.httpP50(), s.httpP99(), ms(s.fanOutP50()), ms(s.fanOutP95()), ms(s.fanOutP99()), s.fanOutMissing(),
                s.meetsTarget(), map(s.cpuPerRegistration()), map(s.memoryMb()));
    }

    private static String map(Map<String, ? extends Number> m) {
        return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + num(e.getValue().doubleValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v).replaceAll("\\.?0+$", "") : "null";
    }

    private static String ms(long v) {
        return v == Long.MAX_VALUE ? "null" : String.valueOf(v);
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores " + cpu.replace("\"", "") + ", shared with other builds";
    }

    private static String html(List<Bench.Step> steps, double sustained, double ceiling) {
        StringBuilder rows = new StringBuilder();
        for (Bench.Step s : steps) {
            rows.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%.1f</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td>"
                    + "<td>%s</td><td>%s</td><td>%s</td></tr>%n", s.rate(), s.acceptedPerSecond(), s.errors(), s.httpP50(),
                    s.httpP99(), ms(s.fanOutP50()), ms(s.fanOutP95()), ms(s.fanOutP99()), s.meetsTarget() ? "yes" : "no"));
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>suite bench</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 10px;text-align:right}</style></head><body>\n"
                + "<h1>suite bench</h1>\n<p>" + machine() + ". " + String.format(Locale.ROOT,
                        "Sustained at p99 fan-out &le; 1 s: %.1f registrations/s; ceiling (JDBC loop): %.1f/s; ratio %.3f.",
                        sustained, ceiling, sustained / ceiling) + "</p>\n"
                + chart("accepted registrations/s by offered rate/s", steps, Bench.Step::acceptedPerSecond, ceiling, "ceiling")
                + chart("fan-out p99 (ms) by offered rate/s", steps,
                        s -> s.fanOutP99() == Long.MAX_VALUE ? Double.NaN : s.fanOutP99(), Bench.FAN_OUT_TARGET_MS, "1 s target")
                + "<table><tr><th>offered/s</th><th>accepted/s</th><th>errors</th><th>HTTP p50 ms</th><th>HTTP p99 ms</th>"
                + "<th>fan-out p50 ms</th><th>p95</th><th>p99</th><th>p99 &le; 1 s</th></tr>\n" + rows + "</table>\n"
                + "</body></html>\n";
    }

    /** A line chart of {@code value} over the steps' offered rates, with a dashed reference line. */
    private static String chart(String title, List<Bench.Step> steps, ToDoubleFunction<Bench.Step> value,
            double reference, String referenceLabel) {
        int w = 560;
        int h = 260;
        int left = 60;
        int bottom = 30;
        double maxX = steps.stream().mapToDouble(Bench.Step::rate).max().orElse(1);
        double maxY = Math.max(reference, steps.stream().mapToDouble(value).filter(Double::isFinite).max().orElse(1)) * 1.1;
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Bench.Step s : steps) {
            double v = value.applyAsDouble(s);
            if (!Double.isFinite(v)) {
                continue;
            }
            double x = left + s.rate() / maxX * (w - left - 20);
            double y = h - bottom - v / maxY * (h - bottom - 20);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/><text x=\"%.1f\" y=\"%.1f\" "
                    + "font-size=\"10\">%.0f</text>", x, y, x + 4, y - 4, v));
        }
        double ry = h - bottom - reference / maxY * (h - bottom - 20);
        return String.format(Locale.ROOT, "<h2>%s</h2>\n<svg width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%.0f</text><text x=\"5\" y=\"%d\" font-size=\"10\">0</text>"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"red\" stroke-dasharray=\"4\"/>"
                + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"red\">%s</text>"
                + "<polyline fill=\"none\" stroke=\"steelblue\" stroke-width=\"2\" points=\"%s\"/>%s"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\">offered %.0f/s</text></svg>\n",
                title, w, h, left, h - bottom, w - 10, h - bottom, left, left, h - bottom, 5, 25, maxY, h - bottom,
                left, ry, w - 10, ry, left + 5, ry - 3, referenceLabel, points, dots, w - 90, h - 10, maxX);
    }
}
