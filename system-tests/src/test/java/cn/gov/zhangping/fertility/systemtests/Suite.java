package cn.gov.zhangping.fertility.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives {@code deploy/local/suite} — the same command operators use — for a suite of its own: its own home folder
 * under target/ and ports moved by an offset, so it can run beside a developer's suite and beside the other
 * end-to-end tests' suites.
 */
final class Suite {

    static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of(
            "family-support-service", "benefit-service", "childcare-registry-service", "indicator-service");

    final Path home;
    final int portOffset;
    private final Map<String, String> settings;

    /**
     * @param name       the home folder under target/ (.ci/run stops a suite left there)
     * @param portOffset SUITE_PORT_OFFSET
     * @param settings   further SUITE_* variables, e.g. SUITE_KAFKA_SECURITY
     */
    Suite(String name, int portOffset, Map<String, String> settings) {
        this.home = Path.of("target", name).toAbsolutePath();
        this.portOffset = portOffset;
        this.settings = Map.copyOf(settings);
    }

    String url(String service) {
        return "http://127.0.0.1:" + (8081 + SERVICES.indexOf(service) + portOffset);
    }

    /**
     * Starts a fresh suite: whatever an earlier run left in the home folder (processes, databases, the broker's
     * log) is stopped and removed first, because the tests count what the consumers did from zero.
     */
    void up() throws IOException, InterruptedException {
        if (Files.exists(home)) {
            run(home.resolveSibling(home.getFileName() + "-previous-down.log"), "down");
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        run(home.resolve("up.log"), "up");
    }

    /** Stops the suite and checks that none of its processes is left. */
    void down() throws IOException, InterruptedException {
        List<Long> pids = new ArrayList<>();
        List<String> names = new ArrayList<>(SERVICES);
        names.add("infra");
        for (String name : names) {
            // a suite that failed to start may lack some pid files; down stops whatever runs all the same
            if (Files.exists(home.resolve("pids").resolve(name + ".pid"))) {
                pids.add(pid(name));
            }
        }
        run(home.resolve("down.log"), "down");
        for (long pid : pids) {
            assertThat(alive(pid)).as("process %d after suite down", pid).isFalse();
        }
    }

    String run(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("deploy/local/suite").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SUITE_HOME", home.toString());
        env.put("SUITE_PORT_OFFSET", String.valueOf(portOffset));
        env.put("SUITE_SKIP_BUILD", "1");
        env.putAll(settings);
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

    String token(String role) throws IOException, InterruptedException {
        Path out = home.resolve("token-" + role + ".txt");
        Files.deleteIfExists(out);
        run(out, "token", role);
        String[] lines = Files.readString(out).trim().split("\\R");
        return lines[lines.length - 1].trim();
    }

    long startupMillis(String service) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("metrics").resolve(service + ".startup-ms")).trim());
    }

    long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("pids").resolve(name + ".pid")).trim());
    }

    /** What the running infrastructure wrote into {@code infra/infra.env} (broker address, Kafka security, ...). */
    Map<String, String> infraEnv() throws IOException {
        return readEnv(home.resolve("infra").resolve("infra.env"));
    }

    /** A {@code NAME=value} a line, as deploy/local/suite and LocalInfra write them. */
    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
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
