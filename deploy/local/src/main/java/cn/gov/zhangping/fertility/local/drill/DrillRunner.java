package cn.gov.zhangping.fertility.local.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.gov.zhangping.fertility.local.DevTokens;
import cn.gov.zhangping.fertility.local.MessagingTools;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault drills of {@code deploy/local/suite drill}: against a running suite (loopback only), under a steady
 * registration load, each drill does one fault, lifts it, and checks that every registration answered 201 so far is
 * in each consumer's database exactly once (ids compared) and that the consumer groups' lag is back to 0 within
 * the bound. It prints a drills × outcome table and saves it as text and JSON under SUITE_HOME/drills; it exits 1
 * when any drill lost or duplicated a registration or did not recover within the bound.
 *
 * <p>Arguments: {@code --repo DIR --home SUITE_HOME --port-offset N --script PATH [DRILL...]} (no drill: all).
 * Knobs (environment): {@code DRILL_SECONDS} how long the broker hangs or stays stopped (60),
 * {@code DRILL_RATE} registrations a second (5), {@code DRILL_LOAD_SECONDS} load before and after each fault (5),
 * {@code DRILL_RECOVERY_SECONDS} the bound for recovery and for the lag to be back at 0 (60).
 */
public final class DrillRunner {

    static final List<String> SERVICES = List.of(
            "family-support-service", "benefit-service", "childcare-registry-service", "indicator-service");

    /** Every drill by name, in the order they run. */
    static List<String> allDrills() {
        List<String> names = new ArrayList<>();
        SERVICES.forEach(s -> names.add("kill-" + s));
        names.addAll(List.of("broker-hang", "broker-stop", "postgres-immediate-restart"));
        Consumers.ALL.forEach(c -> names.add("replay-" + c.service()));
        names.add("poison-records");
        return names;
    }

    /** One row of the table. */
    record Outcome(String drill, int accepted, long refused, String missing, String duplicated, long recoveredMs,
                   long lagZeroMs, String note, boolean passed) {
    }

    private final Path repo;
    private final Path home;
    private final int portOffset;
    private final Path script;
    private final Map<String, String> infra;
    private final Map<String, Object> kafka;
    private final Consumers consumers;
    private final Duration faultLength = Duration.ofSeconds(knob("DRILL_SECONDS", 60));
    private final Duration loadLength = Duration.ofSeconds(knob("DRILL_LOAD_SECONDS", 5));
    private final Duration bound = Duration.ofSeconds(knob("DRILL_RECOVERY_SECONDS", 60));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    DrillRunner(Path repo, Path home, int portOffset, Path script) throws IOException {
        this.repo = repo;
        this.home = home;
        this.portOffset = portOffset;
        this.script = script;
        this.infra = readEnv(home.resolve("infra/infra.env"));
        Map<String, String> clientEnv = new LinkedHashMap<>();
        if ("sasl_ssl".equals(infra.get("KAFKA_SECURITY"))) {
            clientEnv.putAll(readEnv(Path.of(infra.get("KAFKA_CLIENTS_DIR")).resolve("family-support-service.env")));
        }
        this.kafka = MessagingTools.clientSettings(infra.get("KAFKA_BOOTSTRAP_SERVERS"), clientEnv);
        this.consumers = new Consumers(infra, kafka, repo);
    }

    private static long knob(String name, long fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
    }

    /** A {@code NAME=value} file as LocalInfra writes it; a value runs to the end of its line, as it stands. */
    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Files.readAllLines(file).stream().filter(l -> l.indexOf('=') > 0)
                .forEach(l -> values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return values;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        List<String> drills = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                a.put(args[i], args[++i]);
            } else {
                drills.add(args[i]);
            }
        }
        if (drills.isEmpty()) {
            drills = allDrills();
        }
        for (String d : drills) {
            if (!allDrills().contains(d)) {
                System.err.println("unknown drill: " + d + " (known: " + String.join(" ", allDrills()) + ")");
                System.exit(2);
            }
        }
        DrillRunner runner = new DrillRunner(Path.of(a.get("--repo")), Path.of(a.get("--home")),
                Integer.parseInt(a.getOrDefault("--port-offset", "0")), Path.of(a.get("--script")));
        List<Outcome> outcomes = runner.run(drills);
        String table = DrillReport.table(outcomes);
        System.out.println();
        System.out.print(table);
        Path saved = DrillReport.save(runner.home.resolve("drills"), outcomes, table, runner.settings());
        System.out.println("saved: " + saved + ".txt and .json");
        System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
    }

    Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("faultSeconds", faultLength.toSeconds());
        s.put("loadSeconds", loadLength.toSeconds());
        s.put("recoveryBoundSeconds", bound.toSeconds());
        s.put("rate", rate());
        return s;
    }

    private static double rate() {
        String v = System.getenv("DRILL_RATE");
        return v == null || v.isBlank() ? 5 : Double.parseDouble(v.trim());
    }

    List<Outcome> run(List<String> drills) throws Exception {
        DevTokens tokens = new DevTokens(DevTokens.readPrivateKey(home.resolve("keys/private.pem")), DevTokens.ISSUER);
        String bearer = "Bearer " + tokens.token("fault-drill", List.of("registrar"), Duration.ofHours(12));
        List<Outcome> outcomes = new ArrayList<>();
        try (RegistrationLoad load = new RegistrationLoad(url("family-support-service"), bearer, rate())) {
            for (String drill : drills) {
                System.out.println("drill " + drill + " (" + (outcomes.size() + 1) + "/" + drills.size() + ")");
                Outcome o = drill(drill, load);
                System.out.println("  " + (o.passed() ? "passed" : "FAILED") + ": recovered in " + DrillReport.seconds(o.recoveredMs())
                        + ", lag 0 after " + DrillReport.seconds(o.lagZeroMs()) + (o.note().isEmpty() ? "" : "; " + o.note()));
                outcomes.add(o);
            }
        }
        return outcomes;
    }

    private Outcome drill(String drill, RegistrationLoad load) throws Exception {
        long refusedBefore = load.refused();
        load.resume();
        TimeUnit.MILLISECONDS.sleep(loadLength.toMillis());
        String note = fault(drill);
        long lifted = System.nanoTime();
        // recovered: everything accepted up to the moment the fault was lifted is in every consumer, load still on
        List<String> acceptedAtLift = load.accepted();
        long recoveredMs = waitFor(() -> consumers.allHold(acceptedAtLift), lifted);
        TimeUnit.MILLISECONDS.sleep(loadLength.toMillis());
        load.pause();
        long pausedAt = System.nanoTime();
        long lagZeroMs = waitFor(() -> consumers.totalLag() == 0 && consumers.allHold(load.accepted()), pausedAt);
        List<String> accepted = load.accepted();
        List<String> missing = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (Consumers.Consumer c : Consumers.ALL) {
            Consumers.Holding h = consumers.holding(c, accepted);
            missing.add(String.valueOf(h.missing()));
            duplicated.add(String.valueOf(h.duplicated()));
        }
        boolean exact = missing.stream().allMatch("0"::equals) && duplicated.stream().allMatch("0"::equals);
        // a drill under which nothing was accepted proves nothing
        boolean passed = exact && recoveredMs >= 0 && lagZeroMs >= 0 && !accepted.isEmpty();
        return new Outcome(drill, accepted.size(), load.refused() - refusedBefore, String.join("/", missing),
                String.join("/", duplicated), recoveredMs, lagZeroMs, note, passed);
    }

    /** Does the drill's fault and lifts it; returns a note on what was seen meanwhile. */
    private String fault(String drill) throws Exception {
        if (drill.startsWith("kill-")) {
            String service = drill.substring("kill-".length());
            long pid = pid(service);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            if (!waitForExit(pid, KILLED_EXIT)) {
                throw new IllegalStateException(service + " (pid " + pid + ") did not exit after kill -9");
            }
            long restarted = System.nanoTime();
            suite("up");
            return "kill -9, restarted and ready in " + DrillReport.seconds(elapsedMs(restarted));
        }
        switch (drill) {
            case "broker-hang" -> {
                long pid = pid("infra");
                signal("STOP", pid);
                long slowest;
                try {
                    slowest = sitOutTheFault();
                } finally {
                    signal("CONT", pid);
                }
                return "SIGSTOP " + faultLength.toSeconds() + " s; slowest readiness answer while hung " + slowest + " ms";
            }
            case "broker-stop" -> {
                InfraControl.request(home.resolve("infra"), "kafka-stop", Duration.ofSeconds(60));
                long slowest;
                try {
                    slowest = sitOutTheFault();
                } finally {
                    InfraControl.request(home.resolve("infra"), "kafka-start", Duration.ofSeconds(120));
                }
                return "stopped " + faultLength.toSeconds() + " s; slowest readiness answer while stopped " + slowest + " ms";
            }
            case "postgres-immediate-restart" -> {
                InfraControl.request(home.resolve("infra"), "postgres-restart-immediate", Duration.ofSeconds(120));
                return "immediate shutdown, started again";
            }
            case "poison-records" -> {
                int dlqBefore = deadLetters();
                injectPoison();
                long sent = System.nanoTime();
                long seen = waitFor(() -> deadLetters() >= dlqBefore + Consumers.ALL.size() * 2, sent);
                return seen >= 0 ? "2 poison records dead-lettered by each consumer in " + DrillReport.seconds(seen)
                        : "poison records NOT dead-lettered by every consumer";
            }
            default -> {
                // replay-<consumer>: stop it, move its group to offset 0 (it keeps its tables), start it again
                String service = drill.substring("replay-".length());
                long pid = pid(service);
                stop(pid);
                Consumers.Consumer c = Consumers.ALL.stream().filter(x -> x.service().equals(service)).findFirst().orElseThrow();
                MessagingTools.resetGroup(kafka, service, consumers.topics(c.service()));
                suite("up");
                return "group reset to offset 0, whole log read again";
            }
        }
    }

    /** Two records on the birth topic that no consumer can apply: a birth that is not JSON, and an unknown type. */
    private void injectPoison() throws Exception {
        Map<String, Object> config = new LinkedHashMap<>(kafka);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            Map<String, String> poison = Map.of("{not json", "cn.gov.zhangping.fertility.birth.registered.v1",
                    "{}", "cn.gov.zhangping.fertility.birth.unknown.v9");
            for (Map.Entry<String, String> p : poison.entrySet()) {
                String value = p.getKey();
                String id = java.util.UUID.randomUUID().toString();
                RecordHeaders h = new RecordHeaders();
                Map<String, String> ce = Map.of("ce_specversion", "1.0", "ce_id", id,
                        "ce_source", "/family-support-service", "ce_type", p.getValue(),
                        "ce_subject", id, "ce_time", Instant.now().toString(), "content-type", "application/json");
                ce.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>("fertility.birth-registrations.v1", null, "poison-" + id, value, h))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    private int deadLetters() {
        int n = 0;
        for (Consumers.Consumer c : Consumers.ALL) {
            n += MessagingTools.listDeadLetters(kafka, "fertility.birth-registrations.v1.dlq", c.service()).stream()
                    .filter(line -> line.contains("key=poison-")).count();
        }
        return n;
    }

    /** Waits out the fault's length, asking every service's readiness once on the way; the slowest answer (ms). */
    private long sitOutTheFault() throws InterruptedException {
        long first = Math.min(5000, faultLength.toMillis() / 2);
        TimeUnit.MILLISECONDS.sleep(first);
        long slowest = slowestReadiness();
        TimeUnit.MILLISECONDS.sleep(Math.max(0, faultLength.toMillis() - first));
        return slowest;
    }

    /** The slowest of the four services' readiness answers, in milliseconds (a 5 s time-out counts as 5000). */
    private long slowestReadiness() throws InterruptedException {
        long slowest = 0;
        for (String service : SERVICES) {
            long asked = System.nanoTime();
            try {
                http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // a time-out or a refused connection: counted by its time
            }
            slowest = Math.max(slowest, elapsedMs(asked));
        }
        return slowest;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Milliseconds from {@code since} until {@code check} holds (polled every 500 ms), or -1 past the bound. */
    private long waitFor(Check check, long since) throws InterruptedException {
        long deadline = since + bound.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return elapsedMs(since);
                }
            } catch (Exception e) {
                // not yet: a database or broker still coming back
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return -1;
    }

    private static long elapsedMs(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private String url(String service) {
        return "http://127.0.0.1:" + (8081 + SERVICES.indexOf(service) + portOffset);
    }

    private long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("pids").resolve(name + ".pid")).trim());
    }

    /** How long a killed process may take to be gone. */
    private static final Duration KILLED_EXIT = Duration.ofSeconds(30);
    /**
     * How long a service may take to stop cleanly, as {@code suite down} allows it: a service that recorded its
     * class-data cache writes it as it exits, after Quarkus has stopped.
     */
    private static final Duration CLEAN_STOP = Duration.ofSeconds(150);

    /** SIGTERM, then SIGKILL if the process is still there after {@link #CLEAN_STOP}; returns once it is gone. */
    private static void stop(long pid) throws InterruptedException {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        if (!waitForExit(pid, CLEAN_STOP)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            if (!waitForExit(pid, KILLED_EXIT)) {
                throw new IllegalStateException("process " + pid + " did not exit");
            }
        }
    }

    /** True once the process is gone, false if it is still alive after {@code bound}. */
    private static boolean waitForExit(long pid, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return true;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    /** Runs {@code deploy/local/suite ARGS} for this suite (SUITE_HOME, offset), its output in logs/drill-suite.log. */
    private void suite(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/drill-suite.log").toFile()));
        pb.environment().put("SUITE_HOME", home.toString());
        pb.environment().put("SUITE_PORT_OFFSET", String.valueOf(portOffset));
        pb.environment().put("SUITE_SKIP_BUILD", "1");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("suite " + String.join(" ", args) + " failed; see " + home.resolve("logs/drill-suite.log"));
        }
    }
}
