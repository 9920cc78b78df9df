package cn.gov.zhangping.fertility.indicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A client that asks for HTTP/2 over cleartext ({@code Upgrade: h2c} on its first request, as
 * {@code java.net.http.HttpClient} with {@code Version.HTTP_2} does for {@code http://}) gets the same answers as an
 * HTTP/1.1 client, a POST body included (platform {@code http.HttpLimits}): never a 500.
 */
@QuarkusTest
class Http2CleartextTest {

    @TestHTTPResource("/")
    URL base;

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostBodySentWithAnH2cUpgradeIsReadAndAnswered() throws Exception {
        URI populations = URI.create(base + "api/v1/populations");
        String admin = TestTokens.bearer("administrator");
        // a new client per request: each one's first request carries the upgrade
        for (int i = 0; i < 2; i++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            HttpResponse<String> post = send(client, HttpRequest.newBuilder(populations)
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"year\":2049,\"unknownMember\":1}")));
            assertThat(post.statusCode()).as(post.body()).isEqualTo(400);
            assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(post.body()).contains("\"status\":400");
            // the connection goes on serving the same client
            HttpResponse<String> get = send(client, HttpRequest.newBuilder(URI.create(base + "api/v1/indicators")).GET());
            assertThat(get.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aGetWithAnH2cUpgradeIsAnswered() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> get = send(client, HttpRequest.newBuilder(URI.create(base + "api/v1/indicators")).GET());
        assertThat(get.statusCode()).isEqualTo(200);
        HttpResponse<String> post = send(client, HttpRequest.newBuilder(URI.create(base + "api/v1/populations"))
                .header("Authorization", TestTokens.bearer("administrator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"year\":2049,\"unknownMember\":1}")));
        assertThat(post.statusCode()).as(post.body()).isEqualTo(400);
    }
}
