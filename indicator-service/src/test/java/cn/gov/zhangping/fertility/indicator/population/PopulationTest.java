package cn.gov.zhangping.fertility.indicator.population;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Years 2040 to 2044 are this class's own. */
@QuarkusTest
class PopulationTest {

    @Inject
    DataSource dataSource;

    static String csv(int year, long each) {
        StringBuilder sb = new StringBuilder("year,townshipCode,population\n");
        for (Township t : Townships.all()) {
            sb.append(year).append(',').append(t.code()).append(',').append(each).append('\n');
        }
        return sb.toString();
    }

    static String json(int year, String firstCode, long firstPopulation) {
        StringBuilder sb = new StringBuilder("{\"year\":" + year + ",\"source\":\"test\",\"townships\":[");
        List<Township> all = List.copyOf(Townships.all());
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"townshipCode\":\"").append(i == 0 ? firstCode : all.get(i).code())
                    .append("\",\"population\":").append(i == 0 ? firstPopulation : 1000).append('}');
        }
        return sb.append("]}").toString();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer("administrator"));
    }

    @Test
    void aYearIsLoadedOnceWithEveryTownship() {
        admin().contentType("application/json").body(json(2040, "350881001", 5000))
                .when().post("/api/v1/populations").then().statusCode(201).body("total", equalTo(20_000));
        admin().contentType("application/json").body(json(2040, "350881001", 5000))
                .when().post("/api/v1/populations").then().statusCode(409).body("code", equalTo("population-year-loaded"));
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", 2040)
                .when().get("/api/v1/populations").then().statusCode(200)
                .body("townships.find { it.townshipCode == '350881001' }.population", equalTo(5000));
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("year", 2044)
                .when().get("/api/v1/populations").then().statusCode(404);
    }

    @Test
    void unknownTownshipsNegativeFiguresAndMissingTownshipsAreRefusedAndNothingIsStored() {
        var rows = StoredRows.in(dataSource, "resident_population");
        var before = rows.get();
        admin().contentType("application/json").body(json(2041, "350881999", 5000))
                .when().post("/api/v1/populations").then().statusCode(400)
                .body("errors.field", hasItem("townships[0].townshipCode"));
        admin().contentType("application/json").body(json(2041, "350881001", -5))
                .when().post("/api/v1/populations").then().statusCode(400)
                .body("errors.field", hasItem("townships[0].population"));
        admin().contentType("application/json").body(json(2041, "350881002", 5000))
                .when().post("/api/v1/populations").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("reader")).contentType("application/json")
                .body(json(2041, "350881001", 5000)).when().post("/api/v1/populations").then().statusCode(403);
        assertThat(rows.get()).isEqualTo(before);
    }

    @Test
    void aCsvUploadIsValidatedLineByLine() {
        var rows = StoredRows.in(dataSource, "resident_population");
        var before = rows.get();
        admin().contentType("text/csv").queryParam("source", "test").body(csv(2042, 1000) + "2042,350881001,1000\n")
                .when().post("/api/v1/populations/uploads").then().statusCode(400);
        admin().contentType("text/csv").queryParam("source", "test").body("year,township,population\n")
                .when().post("/api/v1/populations/uploads").then().statusCode(400).body("errors[0].field", equalTo("line 1"));
        admin().contentType("text/csv").queryParam("source", "test").body(csv(2042, 1000).replace("2042,350881205,1000", "2042,350881205,abc"))
                .when().post("/api/v1/populations/uploads").then().statusCode(400)
                .body("errors.field", hasItem("line 17 population"));
        admin().contentType("text/csv").body(csv(2042, 1000))
                .when().post("/api/v1/populations/uploads").then().statusCode(400).body("errors.field", hasItem("source"));
        assertThat(rows.get()).isEqualTo(before);
        List<?> years = admin().contentType("text/csv").queryParam("source", "test").body(csv(2042, 1000) + csv(2043, 1100).replaceFirst("^[^\n]*\n", ""))
                .when().post("/api/v1/populations/uploads").then().statusCode(201).extract().jsonPath().getList("year");
        assertThat(years).hasSize(2);
        admin().contentType("text/csv").queryParam("source", "test").body(csv(2043, 1000))
                .when().post("/api/v1/populations/uploads").then().statusCode(409);
    }
}
