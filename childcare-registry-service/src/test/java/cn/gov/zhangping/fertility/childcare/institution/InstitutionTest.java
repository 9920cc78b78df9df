package cn.gov.zhangping.fertility.childcare.institution;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.community;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.institutionBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstitutionTest {

    private static final String PATH = "/api/v1/childcare-institutions";

    @Inject
    DataSource dataSource;

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "childcare_institution", "institution_status_change", "outbox_event").get();
    }

    @Test
    void anInstitutionGoesThroughItsLifecycleWithHistoryAndIsPublishedAtEachStep() {
        String id = ChildcareFixtures.institution("350881101", "PUBLIC_INCLUSIVE", 30);
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("free", equalTo(30));
        // not operating yet: not in the public view
        given().when().get("/api/v1/public/nurseries").then().statusCode(200).body("id", not(hasItem(id)));
        as("registrar").body(Map.of("status", "OPERATING", "reason", "跳过备案")).when().post(PATH + "/" + id + "/status-changes")
                .then().statusCode(409).body("code", equalTo("status-not-allowed"));
        as("registrar").body(Map.of("status", "FILED", "effectiveOn", "2026-12-01", "reason", "备案材料齐全"))
                .when().post(PATH + "/" + id + "/status-changes").then().statusCode(200).body("status", equalTo("FILED"));
        ChildcareFixtures.moveTo(id, "OPERATING");
        given().when().get("/api/v1/public/nurseries").then().statusCode(200).body("id", hasItem(id));
        ChildcareFixtures.moveTo(id, "SUSPENDED");
        ChildcareFixtures.moveTo(id, "OPERATING");
        ChildcareFixtures.moveTo(id, "CLOSED");
        as("registrar").body(Map.of("status", "OPERATING", "reason", "重开")).when().post(PATH + "/" + id + "/status-changes")
                .then().statusCode(409);
        as("auditor").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("toStatus", equalTo(List.of("REGISTERED", "FILED", "OPERATING", "SUSPENDED", "OPERATING", "CLOSED")))
                .body("[1].effectiveOn", equalTo("2026-12-01")).body("[1].reason", equalTo("备案材料齐全"))
                .body("[1].actorRole", equalTo("registrar"));
        List<ConsumerRecord<String, String>> events = EmittedEvents.of(ChildcareEventTypes.INSTITUTIONS_TOPIC, id, 6);
        assertThat(JsonPath.from(events.get(5).value()).getString("status")).isEqualTo("CLOSED");
        assertThat(JsonPath.from(events.get(5).value()).getInt("revision")).isEqualTo(6);
    }

    @Test
    void badInstitutionsAreRefusedAndNothingIsStored() {
        String community = community("350881102");
        Map<String, Long> before = stored();
        Map<String, Object> wrongCheck = institutionBody("350881102", community, "PUBLIC_INCLUSIVE", 20);
        String code = (String) wrongCheck.get("creditCode");
        wrongCheck.put("creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        as("registrar").body(wrongCheck).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("creditCode"));
        Map<String, Object> tooManyInclusive = institutionBody("350881102", community, "PUBLIC_INCLUSIVE", 20);
        tooManyInclusive.put("inclusiveSlots", 21);
        as("registrar").body(tooManyInclusive).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("inclusiveSlots"));
        Map<String, Object> unknownCommunity = institutionBody("350881102", "350881102999", "PUBLIC_INCLUSIVE", 20);
        as("registrar").body(unknownCommunity).when().post(PATH).then().statusCode(400);
        Map<String, Object> fee = institutionBody("350881102", community, "PUBLIC_INCLUSIVE", 20);
        fee.put("monthlyFee", 12.345);
        as("registrar").body(fee).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("monthlyFee"));
        assertThat(stored()).isEqualTo(before);
        as("administrator").body(institutionBody("350881102", community, "OTHER", 5)).when().post(PATH).then().statusCode(403);

        Map<String, Object> ok = institutionBody("350881102", community, "PRIVATE_INCLUSIVE", 20);
        as("registrar").body(ok).when().post(PATH).then().statusCode(201);
        as("registrar").body(ok).when().post(PATH).then().statusCode(409).body("code", equalTo("duplicate-credit-code"));
    }

    @Test
    void slotsChangeWithinTheirRules() {
        String id = ChildcareFixtures.operatingNursery("350881103", "PUBLIC_INCLUSIVE", 2);
        as("registrar").body(Map.of("totalSlots", 10, "inclusiveSlots", 11)).when().put(PATH + "/" + id + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("inclusiveSlots"));
        as("registrar").body(Map.of("totalSlots", 10, "inclusiveSlots", 6)).when().put(PATH + "/" + id + "/slots")
                .then().statusCode(200).body("totalSlots", equalTo(10)).body("inclusiveSlots", equalTo(6));
        as("registrar").when().get(PATH + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }
}
