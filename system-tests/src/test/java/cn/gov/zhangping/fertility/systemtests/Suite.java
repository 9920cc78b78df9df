package cn.gov.zhangping.fertility.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives {@code deploy/local/suite} — the same command operators use — for a suite of its own: its own home folder
 * under target/ and ports moved by {@link #PORT_OFFSET}, so it can run beside a developer's suite.
 */
final class Suite {

    static final int PORT_OFFSET = 1100;
    static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    static final Path HOME = Path.of("target", "suite-it").toAbsolutePath();
    static final List<String> SERVICES = List.of(
            "family-support-service", "benefit-service", "childcare-registry-service", "indicator-service");

    private Suite() {
    }

    static String url(String service) {
        return "http://127.0.0.1:" + (8081 + SERVICES.indexOf(service) + PORT_OFFSET);
    }

    static String run(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("deploy/local/suite").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SUITE_HOME", HOME.toString());
        env.put("SUITE_PORT_OFFSET", String.valueOf(PORT_OFFSET));
        env.put("SUITE_SKIP_BUILD", "1");
        Files.createDirectories(log.getParent());
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("suite " + String.join(" ", args) + " did not finish; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("suite " + String.join(" ", args) + " exited " + p.exitValue()
                    + ":\n" + tail(log));
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static String token(String role) throws IOException, InterruptedException {
        Path out = HOME.resolve("token-" + role + ".txt");
        Files.deleteIfExists(out);
        run(out, "token", role);
        String[] lines = Files.readString(out).trim().split("\\R");
        return lines[lines.length - 1].trim();
    }

    static long startupMillis(String service) throws IOException {
        return Long.parseLong(Files.readString(HOME.resolve("metrics").resolve(service + ".startup-ms")).trim());
    }

    static long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(HOME.resolve("pids").resolve(name + ".pid")).trim());
    }

    /** Resident set size in MB, from /proc. */
    static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** Whether the process runs; a zombie (ended, not yet reaped by its parent) does not. */
    static boolean alive(long pid) throws IOException {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text;
        try {
            text = Files.readString(stat);
        } catch (IOException e) {
            return false;
        }
        String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
        return !state.equals("Z") && !state.equals("X");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
