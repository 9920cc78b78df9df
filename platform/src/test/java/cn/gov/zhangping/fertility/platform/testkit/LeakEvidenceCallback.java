package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.restassured.RestAssured;

/**
 * After the tests of each {@code @QuarkusTest} class, keeps what {@code /q/metrics} then says (every metric name
 * and label) for the build's leak scan ({@link LeakEvidence}). Registered in {@code META-INF/services}.
 */
public class LeakEvidenceCallback implements QuarkusTestAfterAllCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void afterAll(QuarkusTestContext context) {
        String base = base();
        if (base == null) {
            return;
        }
        String testClass = context.getTestInstance() == null ? "unknown" : context.getTestInstance().getClass().getName();
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                            URI.create(base + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() == 200) {
                LeakEvidence.metrics(testClass, metrics.body());
            }
        } catch (IOException e) {
            // the application may be gone already (a test that stops it); the next class scrapes again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The running test application, as {@code @TestHTTPResource} would have it; null when there is none. */
    private static String base() {
        try {
            String uri = TestHTTPResourceManager.getUri();
            return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        } catch (RuntimeException e) {
            return RestAssured.port > 0 && RestAssured.port != RestAssured.DEFAULT_PORT
                    ? "http://localhost:" + RestAssured.port : null;
        }
    }
}
