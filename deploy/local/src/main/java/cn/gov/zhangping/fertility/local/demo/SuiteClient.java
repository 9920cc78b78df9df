package cn.gov.zhangping.fertility.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zhangping.fertility.local.DevTokens;

/** JSON over HTTP to the running suite, with development tokens signed by the suite's key (SUITE_HOME/keys). */
public final class SuiteClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final DevTokens tokens;

    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }

        /** The first "id" of the answer (the created resource's), or null. */
        public String id() {
            Matcher m = ID.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** What a failed answer was, without its body's values: status and problem title. */
        public String summary() {
            Matcher m = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]{0,80})\"").matcher(body);
            return status + (m.find() ? " " + m.group(1) : "");
        }
    }

    public SuiteClient(Path keysDir) throws IOException {
        this.tokens = new DevTokens(DevTokens.readPrivateKey(keysDir.resolve("private.pem")), DevTokens.ISSUER);
    }

    public String bearer(String role) {
        return "Bearer " + tokens.token("suite-demo", List.of(role), Duration.ofHours(2));
    }

    public HttpRequest post(String url, String bearer, String idempotencyKey, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    /** A POST without a body (an action on a resource). */
    public HttpRequest post(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    public HttpRequest put(String url, String bearer, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    public HttpRequest get(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .GET().build();
    }

    public Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    public CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), r.body()));
    }
}
