package cn.gov.zhangping.fertility.familysupport.birth.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.platform.testkit.DatabaseOutage;
import cn.gov.zhangping.fertility.platform.testkit.TestDatabase;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** What the API promised survives the database going away, and while it is away callers get a true answer. */
@QuarkusTest
class DatabaseOutageTest {

    private static Response register(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/birth-registrations");
    }

    private static int read(String location) {
        return given().header("Authorization", TestTokens.bearer("reader")).when().get(location).then().extract().statusCode();
    }

    @Test
    void anAcknowledgedRegistrationSurvivesAnImmediateShutdown() {
        assumeTrue(TestDatabase.canBeStopped(), "the database of this test run cannot be stopped");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response r = register(BirthRequests.valid());
            assertThat(r.statusCode()).isEqualTo(201);
            acknowledged.add(r.header("Location"));
        }
        // no pause: the last 201 has just been answered when the server is killed without a checkpoint
        TestDatabase.stopImmediately();
        TestDatabase.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(acknowledged).allSatisfy(location -> assertThat(read(location)).isEqualTo(200)));
    }

    @Test
    void whileTheDatabaseIsAwayWritesAndReadsAnswer503WithRetryAfterAndTheOutageIsLoggedOnce() {
        assumeTrue(TestDatabase.canBeStopped(), "the database of this test run cannot be stopped");
        Response before = register(BirthRequests.valid());
        assertThat(before.statusCode()).isEqualTo(201);
        List<Response> during = new ArrayList<>();
        try (DatabaseOutage.LogWatch log = new DatabaseOutage.LogWatch()) {
            DatabaseOutage.during(Duration.ofSeconds(15), () -> {
                for (int i = 0; i < 4; i++) {
                    during.add(register(BirthRequests.valid()));
                    during.add(given().header("Authorization", TestTokens.bearer("reader"))
                            .when().get("/api/v1/birth-registrations"));
                }
                during.add(given().when().get("/q/health/ready"));
            });
            // eight refused requests: no ERROR, and at most one WARN (none when an outage a moment ago was logged)
            assertThat(log.count(Level.SEVERE, "")).isZero();
            assertThat(log.count(Level.WARNING, "cn.gov.zhangping.fertility.platform.problem")).isLessThanOrEqualTo(1);
            assertThat(log.count(Level.WARNING, "org.hibernate")).isZero();
        }
        Response readiness = during.remove(during.size() - 1);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(during).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.header("Retry-After")).isEqualTo("5");
            assertThat(r.jsonPath().getString("code")).isEqualTo("service-unavailable");
        });
        // nothing refused was stored, and the service works again once the database is back
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register(BirthRequests.valid()).statusCode()).isEqualTo(201));
        assertThat(read(before.header("Location"))).isEqualTo(200);
    }
}
