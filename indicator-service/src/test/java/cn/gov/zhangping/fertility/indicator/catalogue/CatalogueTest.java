package cn.gov.zhangping.fertility.indicator.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueTest {

    static final String TARGET = """
            {"firstYear":2026,"lastYear":2030,"targetYear":2030,"targetText":"≥85","comparator":"AT_LEAST","target":85,
             "source":"test plan 2026-2030"}""";

    @Test
    void theTwentyFourIndicatorsOfAnnexOneArePublic() {
        JsonPath all = given().when().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("number")).hasSize(24);
        assertThat(all.getString("find { it.number == 2 }.targets[0].comparator")).isEqualTo("AT_MOST");
        assertThat(all.getString("find { it.number == 2 }.targets[0].targetText")).isEqualTo("115");
        assertThat(all.getString("find { it.number == 3 }.targets[0].comparator")).isEqualTo("ABOUT");
        assertThat(all.getString("find { it.number == 11 }.unitZh")).isEqualTo("人");
        assertThat(all.getList("find { it.number == 24 }.owners")).containsExactly("HEALTH", "MEDICAL_SECURITY");
        assertThat(all.getString("find { it.number == 23 }.owners[0]")).isEqualTo("FINANCE");
        assertThat(all.getList("findAll { it.nature == 'BINDING' }.number")).hasSize(18);
        assertThat(all.getString("find { it.number == 1 }.provenance")).isEqualTo("COMPUTED");
        assertThat(all.getString("find { it.number == 5 }.provenance")).isEqualTo("REPORTED");
        given().when().get("/api/v1/indicators/7").then().statusCode(200).body("nameZh", equalTo("0-6岁儿童眼保健和视力检查覆盖率"));
        given().when().get("/api/v1/indicators/25").then().statusCode(400);
    }

    @Test
    void anAdministratorAddsTheTargetOfANewPlanPeriodAndKeepsTheOld() {
        given().header("Authorization", TestTokens.bearer("reader")).contentType("application/json").body(TARGET)
                .when().put("/api/v1/indicators/6/targets/2026-2030").then().statusCode(403);
        given().contentType("application/json").body(TARGET)
                .when().put("/api/v1/indicators/6/targets/2026-2030").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(TARGET.replace("2030,\"targetText", "2031,\"targetText"))
                .when().put("/api/v1/indicators/6/targets/2026-2030").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json").body(TARGET)
                .when().put("/api/v1/indicators/6/targets/2026-2030").then().statusCode(201)
                .body("targets.planPeriod", hasItem("2023-2025")).body("targets.planPeriod", hasItem("2026-2030"));
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json").body(TARGET)
                .when().put("/api/v1/indicators/6/targets/2026-2030").then().statusCode(409);
    }
}
