package cn.gov.zhangping.fertility.indicator.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The joint application's events on the real broker. March 2019 is this class's own month. */
@QuarkusTest
class ApplicationServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void subMatter(UUID application, String subMatter, String department, String status, String due,
                                  String changedAt) {
        String data = """
                {"applicationId":"%s","registrationId":"%s","subMatter":"%s","department":"%s","status":"%s",
                 "dueOn":"%s","changedAt":"%s","applicationComplete":false}"""
                .formatted(application, UUID.randomUUID(), subMatter, department, status, due, changedAt);
        TestKafka.send(ApplicationEventTypes.TOPIC, application.toString(), data, TestKafka.cloudEvent(
                UUID.randomUUID().toString(), ApplicationEventTypes.SUB_MATTER_CHANGED_V1, ApplicationEventTypes.SOURCE,
                application.toString()));
    }

    private static JsonPath month(String month) {
        return given().queryParam("month", month).when().get("/api/v1/application-service").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void subMatterEventsBecomeTheMonthsFiguresAndARepeatChangesNothing() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        subMatter(first, "HOUSEHOLD_REGISTRATION", "PUBLIC_SECURITY", "SUBMITTED", "2019-03-08", "2019-03-01T02:00:00Z");
        subMatter(first, "HOUSEHOLD_REGISTRATION", "PUBLIC_SECURITY", "DONE", "2019-03-08", "2019-03-04T02:00:00Z");
        subMatter(first, "HOUSEHOLD_REGISTRATION", "PUBLIC_SECURITY", "DONE", "2019-03-08", "2019-03-04T02:00:00Z");
        subMatter(second, "HOUSEHOLD_REGISTRATION", "PUBLIC_SECURITY", "SUBMITTED", "2019-03-08", "2019-03-01T03:00:00Z");
        subMatter(second, "HOUSEHOLD_REGISTRATION", "PUBLIC_SECURITY", "REJECTED", "2019-03-08", "2019-03-02T03:00:00Z");

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonPath m = month("2019-03");
            assertThat(m.getInt("applications")).isEqualTo(2);
            assertThat(m.getInt("subMatters[0].done")).isEqualTo(1);
            assertThat(m.getInt("subMatters[0].rejected")).isEqualTo(1);
        });
        JsonPath m = month("2019-03");
        assertThat(m.getInt("completedFirstTime")).isEqualTo(1);
        assertThat(m.getInt("subMatters[0].submitted")).isEqualTo(2);
        assertThat(m.getInt("subMatters[0].doneByTimeLimit")).isEqualTo(1);
        assertThat(m.getInt("subMatters[0].medianDaysToDone")).isEqualTo(3);
        assertThat(month("2019-04").getInt("applications")).isZero();

        String csv = given().queryParam("month", "2019-03").when().get("/api/v1/application-service/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("2019-03,HOUSEHOLD_REGISTRATION,PUBLIC_SECURITY,2,1,1,1,0,3,3");
    }

    @Test
    void aMonthThatIsNotOneIsRefused() {
        given().queryParam("month", "2019-13").when().get("/api/v1/application-service").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().when().get("/api/v1/application-service").then().statusCode(400);
    }
}
