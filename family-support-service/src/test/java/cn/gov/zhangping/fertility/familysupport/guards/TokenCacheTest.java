package cn.gov.zhangping.fertility.familysupport.guards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.security.CachingJwtParser;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The bearer token is verified once and then answered from the platform's cache; what fails is never cached. */
@QuarkusTest
class TokenCacheTest {

    @Inject
    JWTParser parser;

    @Test
    void theSameTokenIsVerifiedOnceAndAnAlteredOneNever() throws ParseException {
        assertThat(parser).as("the authentication's parser").isInstanceOf(CachingJwtParser.class);
        String bearer = TestTokens.bearer("reader");
        String token = bearer.substring("Bearer ".length());
        JsonWebToken first = parser.parse(token);
        assertThat(parser.parse(token)).as("answered from the cache").isSameAs(first);
        assertThat(first.getGroups()).containsExactly("reader");

        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BA" : "AA");
        assertThatThrownBy(() -> parser.parse(altered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(altered)).as("a failure is not cached").isInstanceOf(ParseException.class);

        for (int i = 0; i < 3; i++) {
            given().header("Authorization", bearer).when().get("/api/v1/working-calendar?year=2026").then().statusCode(200);
            given().header("Authorization", "Bearer " + altered).when().get("/api/v1/working-calendar?year=2026").then()
                    .statusCode(401);
        }
        given().header("Authorization", TestTokens.foreignBearer("reader")).when().get("/api/v1/working-calendar?year=2026")
                .then().statusCode(401);
    }
}
