package cn.gov.zhangping.fertility.indicator.scope;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Indicators are city-wide figures, not township-owned records: a township officer reads the same figures as a
 * city-wide reader, and the townships claim plays no part (department scope is the role, see ReportingTest).
 */
@QuarkusTest
class TownshipScopeApiTest {

    private static String figures(String authorization) {
        return given().header("Authorization", authorization).queryParam("year", 2048)
                .when().get("/api/v1/indicator-values").then().statusCode(200).extract().asString();
    }

    @Test
    void aTownshipOfficerReadsTheCitysFigures() {
        String city = figures(TestTokens.bearer("reader"));
        assertThat(figures(TestTokens.bearerIn(List.of("350881001"), "reader"))).isEqualTo(city);
        assertThat(figures(TestTokens.bearerWithoutTownships("reader"))).isEqualTo(city);
    }
}
