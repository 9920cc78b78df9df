package cn.gov.zhangping.fertility.local.drill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady registration load on family-support-service: {@code rate} POSTs a second, each on its own (an open
 * model: a slow answer does not hold the next request back), bounded by a 10 s time-out. The ids of the
 * registrations answered 201 are what every consumer must hold exactly once; any other answer (503 while the
 * database is away, a refused connection while the service is down) is counted, and nothing was accepted.
 */
final class RegistrationLoad implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] TOWNSHIPS = {"350881001", "350881100", "350881104", "350881203", "350881106"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "drill-load"));
    private final String url;
    private final String bearer;
    private final long runTag = System.currentTimeMillis() % 1_000_000;
    private final AtomicInteger sequence = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean paused = true;

    RegistrationLoad(String familySupportUrl, String bearer, double rate) {
        this.url = familySupportUrl + "/api/v1/birth-registrations";
        this.bearer = bearer;
        long periodMicros = Math.max(1000, Math.round(1_000_000 / rate));
        ticks.scheduleAtFixedRate(this::tick, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void resume() {
        paused = false;
    }

    /** Stops sending and waits (at most 15 s) for the requests under way to be answered. */
    void pause() throws InterruptedException {
        paused = true;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    List<String> accepted() {
        return new ArrayList<>(accepted);
    }

    long refused() {
        return refused.get();
    }

    private void tick() {
        if (paused) {
            return;
        }
        int n = sequence.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "drill-" + runTag + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body(n)))
                .build();
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            try {
                Matcher id = response == null ? null : ID.matcher(response.body());
                if (response != null && response.statusCode() == 201 && id.find()) {
                    accepted.add(id.group(1));
                } else {
                    refused.incrementAndGet();
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /** A first child, born in the last 20 days, in one of a few townships; the mother's identity number is valid. */
    private String body(int n) {
        LocalDate born = LocalDate.now().minusDays(n % 20);
        String township = TOWNSHIPS[n % TOWNSHIPS.length];
        return "{\"motherIdNumber\":\"" + motherIdNumber(n) + "\",\"childName\":\"演练\",\"sex\":\""
                + (n % 2 == 0 ? "MALE" : "FEMALE") + "\",\"birthDate\":\"" + born + "\",\"birthOrder\":1,"
                + "\"townshipCode\":\"" + township + "\",\"communityCode\":\"" + township + "001\","
                + "\"hospital\":\"漳平市医院\",\"specialFamily\":false,\"rural\":false,\"earlierChildren\":[]}";
    }

    /** 18 digits: region, a birth date in the 1990s, a sequence and the ISO 7064 MOD 11-2 check character. */
    String motherIdNumber(int n) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays((runTag + n * 7919L) % 3650);
        String base = "350881" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        int weighted = 0;
        for (int k = 0; k < 17; k++) {
            int weight = (1 << (17 - k)) % 11;
            weighted += Character.digit(base.charAt(k), 10) * weight;
        }
        return base + "10X98765432".charAt(weighted % 11);
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
