package cn.gov.zhangping.fertility.childcare.training;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingTest {

    private static final String PATH = "/api/v1/infant-care-trainings";
    private static final String HR = "hr-social-security";

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "training_cohort", "training_cohort_version", "outbox_event").get();
    }

    static Map<String, Object> cohort(String start, String end, Object trained, Object certified) {
        Map<String, Object> body = new HashMap<>();
        body.put("course", "保育师（五级）");
        body.put("provider", "漳平市职业技术学校");
        body.put("townshipCode", "350881001");
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("trained", trained);
        body.put("certified", certified);
        return body;
    }

    private static Map<String, Object> year(JsonPath progress, int year) {
        return progress.<Map<String, Object>>getList("years").stream().filter(y -> ((Integer) y.get("year")) == year)
                .findFirst().orElse(Map.of("trained", 0, "cohorts", 0));
    }

    @Test
    void cohortsAreRecordedCorrectedWithHistoryAndCountTowardsIndicator11() {
        JsonPath before = as("reader").when().get(PATH + "/progress").then().statusCode(200).extract().jsonPath();
        assertThat(before.getFloat("annualTarget")).isEqualTo(200f);
        assertThat(before.getFloat("totalTarget")).isEqualTo(600f);
        assertThat(before.getInt("totalTargetYear")).isEqualTo(2025);

        String id = as(HR).body(cohort("2024-03-01", "2024-04-30", 150, 140)).when().post(PATH).then().statusCode(201)
                .body("revision", equalTo(1)).extract().path("id");
        as(HR).body(Map.of("cohort", cohort("2024-03-01", "2024-04-30", 153, 143), "reason", "补录 3 名结业学员"))
                .when().put(PATH + "/" + id).then().statusCode(200).body("revision", equalTo(2)).body("trained", equalTo(153));
        // the same figures again change nothing
        as(HR).body(Map.of("cohort", cohort("2024-03-01", "2024-04-30", 153, 143), "reason", "again"))
                .when().put(PATH + "/" + id).then().statusCode(200).body("revision", equalTo(2));
        as("auditor").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("trained", equalTo(List.of(150, 153))).body("[0].reason", nullValue())
                .body("[1].reason", equalTo("补录 3 名结业学员"));
        as("reader").queryParam("year", 2024).when().get(PATH).then().statusCode(200).body("id", hasItem(id));

        JsonPath after = as(HR).when().get(PATH + "/progress").then().statusCode(200).extract().jsonPath();
        assertThat((Integer) year(after, 2024).get("trained")).isEqualTo((Integer) year(before, 2024).get("trained") + 153);
        assertThat(after.getLong("trained")).isEqualTo(before.getLong("trained") + 153);
        assertThat(after.getLong("trainedByTargetYear")).isEqualTo(before.getLong("trainedByTargetYear") + 153);

        List<ConsumerRecord<String, String>> events = EmittedEvents.of(ChildcarePlanningEventTypes.TOPIC, id, 2);
        JsonPath last = JsonPath.from(events.get(1).value());
        assertThat(last.getInt("trained")).isEqualTo(153);
        assertThat(last.getInt("revision")).isEqualTo(2);
        assertThat(events.get(1).value()).doesNotContain("保育师").doesNotContain("职业技术学校");
    }

    @Test
    void badCohortsAreRefusedAndNothingIsStored() {
        String id = as(HR).body(cohort("2026-03-01", "2026-04-30", 10, 10)).when().post(PATH).then().statusCode(201)
                .extract().path("id");
        Map<String, Long> before = stored();
        as(HR).body(cohort("2026-05-01", "2026-04-30", 10, 5)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("endDate"));
        as(HR).body(cohort("2026-03-01", "2026-04-30", 10, 11)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("certified"));
        as(HR).body(cohort("1999-03-01", "2026-04-30", 10, 1)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("startDate"));
        as(HR).body(cohort("2026-03-01", "2026-04-30", 0, 0)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("trained"));
        as(HR).body(Map.of("cohort", cohort("2026-03-01", "2026-04-30", 10, 12), "reason", "x"))
                .when().put(PATH + "/" + id).then().statusCode(400);
        as(HR).body(Map.of("cohort", cohort("2026-03-01", "2026-04-30", 10, 9)))
                .when().put(PATH + "/" + id).then().statusCode(400).body("errors.field", hasItem("reason"));
        as(HR).body(Map.of("cohort", cohort("2026-03-01", "2026-04-30", 10, 9), "reason", "x"))
                .when().put(PATH + "/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        as("registrar").body(cohort("2026-03-01", "2026-04-30", 10, 9)).when().post(PATH).then().statusCode(403);
        assertThat(stored()).isEqualTo(before);
        as("registrar").when().get(PATH + "/progress").then().statusCode(403);
    }
}
