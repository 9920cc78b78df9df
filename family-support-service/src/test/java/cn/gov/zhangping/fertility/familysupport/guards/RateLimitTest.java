package cn.gov.zhangping.fertility.familysupport.guards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.testkit.ClientTokens;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per client on birth registration and on searches by ID number: the client {@code rate-limit-probe}
 * has 2 requests a minute of each (test configuration); every other test client has limits no test reaches.
 */
@QuarkusTest
class RateLimitTest {

    private static final String PROBE = "rate-limit-probe";

    @Inject
    EntityManager em;

    private long registrations() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM birth_registration").getSingleResult()).longValue();
    }

    private static Response register(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post("/api/v1/birth-registrations");
    }

    @Test
    void aClientBeyondItsRegistrationAllowanceGets429WithRetryAfterAndNothingIsStored() {
        String probe = ClientTokens.bearer(PROBE, "registrar");
        register(probe).then().statusCode(201);
        register(probe).then().statusCode(201);
        long before = registrations();

        Response refused = register(probe);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("too-many-requests")).body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(registrations()).isEqualTo(before);

        // the limit is the client's own: another registrar is not held up
        register(TestTokens.bearer("registrar")).then().statusCode(201);
    }

    @Test
    void searchesByIdNumberHaveTheirOwnAllowance() {
        String probe = ClientTokens.bearer(PROBE, "reviewer");
        for (int i = 0; i < 2; i++) {
            search(probe).then().statusCode(200);
        }
        Response refused = search(probe);
        refused.then().statusCode(429).body("code", equalTo("too-many-requests"));
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]?");
        search(TestTokens.bearer("reviewer")).then().statusCode(200);
    }

    private static Response search(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("parentIdNumber", TestIds.validMother()))
                .when().post("/api/v1/families/search");
    }
}
