package cn.gov.zhangping.fertility.local.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import cn.gov.zhangping.fertility.local.demo.SuiteClient;
import cn.gov.zhangping.fertility.local.generator.Birth;
import cn.gov.zhangping.fertility.local.generator.DemoData;

/**
 * {@code deploy/local/suite bench}: an open-model load of birth registrations at fixed arrival rates, stepped up.
 * Requests leave on schedule whatever the answers (asynchronous client, no limit on requests in flight) and HTTP
 * latency is measured from each request's intended send time, so a stall shows up in the figures instead of slowing
 * the load (no coordinated omission). After each step the fan-out is read from the databases: family-support's
 * {@code outbox_event.occurred_at} of each birth.registered event (written in the registration's transaction) to the
 * latest {@code inbox_event.received_at} of the same event id at benefit, childcare registry and indicator (written in
 * the transaction that applies it). CPU seconds per registration come from /proc/PID/stat deltas over the step and
 * its drain. Before the first step, a warm-up at the first step's rate ({@code SUITE_BENCH_WARMUP_SECONDS}, default 15;
 * 0: none) lets the services' JIT compile the registration path; it is printed but not reported. Then the ceiling:
 * {@link Ceiling} with the same concurrency, and the ratio sustained/ceiling.
 *
 * <p>Arguments: {@code KEYS_DIR FAMILY_URL PG_SERVER_URL PG_USER PG_PASSWORD OUT_DIR RATES STEP_SECONDS
 * CEILING_SECONDS CONCURRENCY CLK_TCK ALL_STEPS NAME=PID...} (the PostgreSQL server's name is {@code postgres}).
 */
public final class Bench {

    static final List<String> CONSUMERS = List.of("benefit", "childcare_registry", "indicator");
    static final long FAN_OUT_TARGET_MS = 1000;
    static final long DRAIN_TIMEOUT_MS = 30_000;
    static final String WARM_UP_VARIABLE = "SUITE_BENCH_WARMUP_SECONDS";
    static final int DEFAULT_WARM_UP_SECONDS = 15;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record Step(int rate, int sent, int accepted, int errors, double acceptedPerSecond, long httpP50, long httpP99,
            long fanOutP50, long fanOutP95, long fanOutP99, int fanOutMissing, Map<String, Double> cpuPerRegistration,
            Map<String, Long> memoryMb) {
        boolean meetsTarget() {
            return accepted > 0 && fanOutMissing == 0 && fanOutP99 <= FAN_OUT_TARGET_MS && errors == 0;
        }
    }

    private final SuiteClient client;
    private final String family;
    private final String pgUrl;
    private final String pgUser;
    private final String pgPassword;
    private final ProcessStats stats;
    private final Map<String, Long> pids;

    Bench(SuiteClient client, String family, String pgUrl, String pgUser, String pgPassword, ProcessStats stats,
            Map<String, Long> pids) {
        this.client = client;
        this.family = family;
        this.pgUrl = pgUrl;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
        this.stats = stats;
        this.pids = pids;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 13) {
            System.err.println("usage: Bench KEYS_DIR FAMILY_URL PG_SERVER_URL PG_USER PG_PASSWORD OUT_DIR RATES "
                    + "STEP_SECONDS CEILING_SECONDS CONCURRENCY CLK_TCK ALL_STEPS NAME=PID...");
            System.exit(2);
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (int i = 12; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            pids.put(kv[0], Long.parseLong(kv[1]));
        }
        List<Integer> rates = new ArrayList<>();
        for (String r : args[6].split(",")) {
            rates.add(Integer.parseInt(r.trim()));
        }
        int stepSeconds = Integer.parseInt(args[7]);
        int ceilingSeconds = Integer.parseInt(args[8]);
        int concurrency = Integer.parseInt(args[9]);
        boolean allSteps = Boolean.parseBoolean(args[11]);
        Bench bench = new Bench(new SuiteClient(Path.of(args[0])), args[1], args[2], args[3], args[4],
                new ProcessStats(Long.parseLong(args[10])), pids);
        Path out = Path.of(args[5]);
        Files.createDirectories(out);

        List<Step> steps = new ArrayList<>();
        System.out.printf("bench: rates %s per second, %d s each; results in %s%n", rates, stepSeconds, out);
        int warmUpSeconds = warmUpSeconds(System.getenv(WARM_UP_VARIABLE));
        if (warmUpSeconds > 0) {
            // the services' JIT has compiled nothing of the registration path yet: the first measured step would pay it
            System.out.printf("  warm-up (not reported): %d registrations/s for %d s%n", rates.get(0), warmUpSeconds);
            Step warmUp = bench.step(rates.get(0), warmUpSeconds);
            System.out.printf("  warm-up: %d accepted, %d errors, http p99 %d ms, fan-out p99 %s ms%n", warmUp.accepted(),
                    warmUp.errors(), warmUp.httpP99(), ms(warmUp.fanOutP99()));
        }
        System.out.printf("%6s %8s %6s %9s %9s %9s %9s %9s %9s%n", "rate/s", "accepted", "errors", "accept/s",
                "http p50", "http p99", "fan p50", "fan p95", "fan p99");
        for (int i = 0; i < rates.size(); i++) {
            System.out.printf("  step %d of %d: %d registrations/s for %d s%n", i + 1, rates.size(), rates.get(i), stepSeconds);
            Step step = bench.step(rates.get(i), stepSeconds);
            steps.add(step);
            System.out.printf("%6d %8d %6d %9.1f %7d ms %7d ms %7s ms %7s ms %7s ms%s%n", step.rate(), step.accepted(),
                    step.errors(), step.acceptedPerSecond(), step.httpP50(), step.httpP99(), ms(step.fanOutP50()),
                    ms(step.fanOutP95()), ms(step.fanOutP99()),
                    step.fanOutMissing() > 0 ? "  (" + step.fanOutMissing() + " not applied everywhere within 30 s)" : "");
            System.out.println("         CPU s per registration: " + step.cpuPerRegistration());
            System.out.println("         memory MB (RSS; postgres: PSS of all its processes): " + step.memoryMb());
            if (!step.meetsTarget() && !allSteps) {
                System.out.println("  p99 fan-out above 1 s (or errors): no higher step");
                break;
            }
        }
        Step best = null;
        for (Step s : steps) {
            if (s.meetsTarget() && (best == null || s.acceptedPerSecond() > best.acceptedPerSecond())) {
                best = s;
            }
        }
        System.out.printf("ceiling: a JDBC loop of the registration's transaction shape, %d connections, %d s%n",
                concurrency, ceilingSeconds);
        double ceiling = Ceiling.measure(args[2], args[3], args[4], concurrency, ceilingSeconds);
        double sustained = best == null ? 0 : best.acceptedPerSecond();
        System.out.printf("ceiling %.1f transactions/s; sustained at p99 fan-out <= 1 s: %.1f registrations/s "
                + "(offered %s/s); ratio %.3f%n", ceiling, sustained, best == null ? "-" : best.rate(), sustained / ceiling);
        BenchReport.write(out, steps, best, ceiling, concurrency, stepSeconds);
        System.out.println("results: " + out.resolve("bench.json") + " and " + out.resolve("bench.html"));
    }

    /** The warm-up's length in seconds (SUITE_BENCH_WARMUP_SECONDS; 0: none): unset or not a number gives the default. */
    static int warmUpSeconds(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,4}")) {
            return DEFAULT_WARM_UP_SECONDS;
        }
        return Integer.parseInt(value.trim());
    }

    private static String ms(long v) {
        return v == Long.MAX_VALUE ? "-" : String.valueOf(v);
    }

    Step step(int rate, int seconds) throws Exception {
        int n = rate * seconds;
        DemoData data = new DemoData(System.nanoTime());
        LocalDate today = LocalDate.now(ZONE);
        // new mothers only: each registration is a family of its own, as in BirthFanOut
        Set<String> mothers = new HashSet<>();
        List<HttpRequest> requests = new ArrayList<>();
        String bearer = client.bearer("registrar");
        for (Birth b : data.births(n * 2, today.minusYears(1), today)) {
            if (requests.size() < n && mothers.add(b.motherIdNumber())) {
                requests.add(client.post(family + "/api/v1/birth-registrations", bearer, null, b.toJson()));
            }
        }
        Map<String, Double> cpuBefore = cpu();
        Instant stepStart = Instant.now();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long period = 1_000_000_000L / rate;
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < requests.size(); i++) {
            long intended = t0 + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(client.sendAsync(requests.get(i)).whenComplete((a, failure) -> {
                latencies.add((System.nanoTime() - intended) / 1_000_000);
                if (failure == null && a.ok()) {
                    accepted.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
            }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // failures are counted above; requests still open after 60 s count as errors
        }
        int answered = latencies.size();
        int errorCount = errors.get() + (requests.size() - answered);
        Map<Long, Long> fanOut = drainAndReadFanOut(stepStart, accepted.get());
        Map<String, Double> cpuAfter = cpu();
        Map<String, Double> perRegistration = new LinkedHashMap<>();
        for (String name : cpuBefore.keySet()) {
            perRegistration.put(name, accepted.get() == 0 ? Double.NaN
                    : Math.round((cpuAfter.get(name) - cpuBefore.get(name)) / accepted.get() * 10000) / 10000.0);
        }
        Map<String, Long> memory = new LinkedHashMap<>();
        pids.forEach((name, pid) -> memory.put(name, stats.memoryMb(pid, name.equals("postgres"))));
        List<Long> http = new ArrayList<>(latencies);
        List<Long> fan = new ArrayList<>(fanOut.values());
        int missing = Math.max(0, accepted.get() - (int) fan.stream().filter(v -> v != Long.MAX_VALUE).count());
        while (fan.size() < accepted.get()) {
            fan.add(Long.MAX_VALUE);
        }
        return new Step(rate, requests.size(), accepted.get(), errorCount, (double) accepted.get() / seconds,
                percentile(http, 50), percentile(http, 99), percentile(fan, 50), percentile(fan, 95), percentile(fan, 99),
                missing, perRegistration, memory);
    }

    private Map<String, Double> cpu() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, stats.cpuSeconds(pid, name.equals("postgres"))));
        return cpu;
    }

    /**
     * Waits until every birth.registered event written since {@code since} is in the inbox of all three consumers
     * (at most 30 s), then returns per event the milliseconds from its outbox row to the last consumer's inbox row
     * ({@code Long.MAX_VALUE} where a consumer has not applied it).
     */
    private Map<Long, Long> drainAndReadFanOut(Instant since, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT_MS;
        Map<String, Instant> committed = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        while (true) {
            committed.clear();
            try (Connection c = DriverManager.getConnection(pgUrl + "/family_support", pgUser, pgPassword);
                    PreparedStatement s = c.prepareStatement("SELECT id, occurred_at FROM outbox_event "
                            + "WHERE event_type LIKE '%birth.registered%' AND occurred_at >= ?")) {
                s.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        committed.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            latest.clear();
            boolean complete = committed.size() >= expected;
            for (String db : CONSUMERS) {
                Map<String, Instant> applied = inbox(db, committed.keySet());
                complete &= applied.size() == committed.size();
                for (Map.Entry<String, Instant> e : committed.entrySet()) {
                    Instant at = applied.get(e.getKey());
                    long ms = at == null ? Long.MAX_VALUE : Math.max(0, at.toEpochMilli() - e.getValue().toEpochMilli());
                    latest.merge(e.getKey(), ms, Math::max);
                }
            }
            if (complete || System.currentTimeMillis() > deadline) {
                Map<Long, Long> result = new HashMap<>();
                long k = 0;
                for (long v : latest.values()) {
                    result.put(k++, v);
                }
                return result;
            }
            Thread.sleep(500);
        }
    }

    private Map<String, Instant> inbox(String database, Set<String> eventIds) throws Exception {
        Map<String, Instant> applied = new HashMap<>();
        try (Connection c = DriverManager.getConnection(pgUrl + "/" + database, pgUser, pgPassword);
                PreparedStatement s = c.prepareStatement("SELECT event_id, received_at FROM inbox_event WHERE event_id = ANY (?)")) {
            Array ids = c.createArrayOf("varchar", eventIds.toArray());
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return applied;
    }

    /** Nearest-rank percentile; Long.MAX_VALUE when there are no values. */
    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return Long.MAX_VALUE;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
