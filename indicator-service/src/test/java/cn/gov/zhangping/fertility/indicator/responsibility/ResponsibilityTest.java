package cn.gov.zhangping.fertility.indicator.responsibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Months of 2051 and earlier lists of 2020 are this class's own. */
@QuarkusTest
class ResponsibilityTest {

    @Inject
    DataSource dataSource;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType("application/json");
    }

    @Test
    void annexTwoHasItsSixtyItemsWithTheirUnits() {
        JsonPath all = given().when().get("/api/v1/responsibility-items").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("id")).hasSize(60);
        assertThat(all.getString("find { it.task == 2 && it.item == 1 }.lead")).isEqualTo("HEALTH");
        assertThat(all.getList("find { it.task == 2 && it.item == 2 }.coOperating"))
                .contains("ADMINISTRATIVE_SERVICE_CENTER", "DIGITAL_OFFICE", "PUBLIC_SECURITY", "MEDICAL_SECURITY");
        assertThat(all.getBoolean("find { it.task == 1 && it.item == 1 }.allDepartments")).isTrue();
        assertThat(all.getString("find { it.task == 8 && it.item == 6 }.units")).contains("市发改局");
        JsonPath education = given().queryParam("department", "education").when().get("/api/v1/responsibility-items")
                .then().statusCode(200).extract().jsonPath();
        assertThat(education.getList("id").size()).isBetween(10, 59);
        given().queryParam("department", "nobody").when().get("/api/v1/responsibility-items").then().statusCode(404);
    }

    @Test
    void aDepartmentStrikesOffItsItemOnceAndOpenItemsOfAPastMonthAreOverdue() {
        JsonPath list = as("health").when().get("/api/v1/task-lists/health/2020-03").then().statusCode(200).extract().jsonPath();
        int item = list.getInt("items.find { it.role == 'LEAD' }.itemId");
        assertThat(list.getBoolean("items.find { it.itemId == " + item + " }.overdue")).isTrue();
        as("health").body("{\"evidence\":\"月报已归档\"}")
                .when().post("/api/v1/task-lists/health/2020-03/items/" + item + "/completion").then().statusCode(201)
                .body("items.find { it.itemId == " + item + " }.struckOff", equalTo(true))
                .body("items.find { it.itemId == " + item + " }.overdue", equalTo(false))
                .body("items.find { it.itemId == " + item + " }.evidence", equalTo("月报已归档"));
        as("health").body("{\"evidence\":\"again\"}")
                .when().post("/api/v1/task-lists/health/2020-03/items/" + item + "/completion").then().statusCode(409);
        as("reviewer").when().get("/api/v1/task-lists/health/2020-03").then().statusCode(200);

        String html = as("health").when().get("/api/v1/year-end-reports/health/2020").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(html).contains("市卫健局").contains("月报已归档").contains("产前筛查率");
        String csv = as("reader").when().get("/api/v1/year-end-reports/health/2020/export").then().statusCode(200)
                .extract().asString();
        assertThat(csv).startsWith("kind,number,name").contains("INDICATOR,5,产前筛查率").contains("TASK,");
    }

    @Test
    void wrongDepartmentsFutureMonthsAndUnknownItemsAreRefusedAndNothingIsStored() {
        var rows = StoredRows.in(dataSource, "task_completion");
        var before = rows.get();
        JsonPath all = given().when().get("/api/v1/responsibility-items").then().statusCode(200).extract().jsonPath();
        int educationOnly = all.getInt("find { it.task == 6 && it.item == 3 }.id");
        as("health").body("{\"evidence\":\"x\"}")
                .when().post("/api/v1/task-lists/education/2051-01/items/" + educationOnly + "/completion").then().statusCode(403);
        as("education").body("{\"evidence\":\"x\"}")
                .when().post("/api/v1/task-lists/education/2099-01/items/" + educationOnly + "/completion").then().statusCode(400);
        as("health").body("{\"evidence\":\"x\"}")
                .when().post("/api/v1/task-lists/health/2020-01/items/" + educationOnly + "/completion").then().statusCode(404);
        as("health").body("{\"evidence\":\"\"}")
                .when().post("/api/v1/task-lists/health/2020-01/items/1/completion").then().statusCode(400);
        as("education").when().get("/api/v1/task-lists/health/2020-01").then().statusCode(403);
        as("reader").body("{\"evidence\":\"x\"}")
                .when().post("/api/v1/task-lists/health/2020-01/items/1/completion").then().statusCode(403);
        assertThat(rows.get()).isEqualTo(before);
    }
}
