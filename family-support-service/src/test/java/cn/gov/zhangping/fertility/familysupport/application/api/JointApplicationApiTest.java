package cn.gov.zhangping.fertility.familysupport.application.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** "Birth is one matter" (出生一件事): the joint application, its sub-matters, worklists and the calendar. */
@QuarkusTest
class JointApplicationApiTest {

    static final String APPLICATIONS = "/api/v1/applications";

    @Inject
    EntityManager em;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    static String register(Map<String, Object> body) {
        String registrationId = as("registrar").contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/birth-registrations").then().statusCode(201).extract().path("id");
        List<String> ids = as("reader").queryParam("registrationId", registrationId).when().get(APPLICATIONS)
                .then().statusCode(200).extract().path("id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    static ValidatableResponse change(String role, String applicationId, String kind, Map<String, Object> body) {
        return as(role).contentType(ContentType.JSON).body(body).when()
                .post(APPLICATIONS + "/" + applicationId + "/sub-matters/" + kind + "/status").then();
    }

    long events(String applicationId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE subject = :s AND event_type = :t")
                .setParameter("s", applicationId).setParameter("t", ApplicationEventTypes.SUB_MATTER_CHANGED_V1)
                .getSingleResult()).longValue();
    }

    @Test
    void aRegistrationOpensSixSubMattersThatTheirDepartmentsComplete() {
        Map<String, Object> body = BirthRequests.valid();
        body.put("motherInsured", true);
        String id = register(body);
        as("reader").when().get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("subMatters.kind", contains("BIRTH_MEDICAL_CERTIFICATE", "VACCINATION_CERTIFICATE",
                        "HOUSEHOLD_REGISTRATION", "MATERNITY_INSURANCE_PAYMENT", "MEDICAL_INSURANCE_ENROLMENT",
                        "SOCIAL_SECURITY_CARD"))
                .body("subMatters.department", contains("HEALTH", "CDC", "PUBLIC_SECURITY", "MEDICAL_SECURITY",
                        "MEDICAL_SECURITY", "HR_SOCIAL_SECURITY"))
                .body("subMatters.status", everyItem(equalTo("SUBMITTED")));
        assertThat(events(id)).isEqualTo(6);
        as("worklist-public-security").when().get("/api/v1/worklists/public-security?size=100").then().statusCode(200)
                .body("items.applicationId", hasItem(id));

        // another department's officer, a registrar, a reader: not theirs to accept
        change("worklist-cdc", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "ACCEPTED")).statusCode(403);
        change("registrar", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "ACCEPTED")).statusCode(403);
        change("reader", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "ACCEPTED")).statusCode(403);
        // bad input changes nothing
        change("worklist-public-security", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "REJECTED")).statusCode(400)
                .body("errors.field", hasItem("reasonCode"));
        change("worklist-public-security", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "DONE")).statusCode(409)
                .body("code", equalTo("invalid-transition"));
        change("worklist-public-security", id, "NO_SUCH_MATTER", Map.of("status", "ACCEPTED")).statusCode(400);
        change("worklist-public-security", "00000000-0000-0000-0000-000000000000", "HOUSEHOLD_REGISTRATION",
                Map.of("status", "ACCEPTED")).statusCode(404);
        assertThat(events(id)).isEqualTo(6);

        // a rejection the family acts on, then a resubmission by a registrar
        change("worklist-public-security", id, "HOUSEHOLD_REGISTRATION",
                Map.of("status", "REJECTED", "reasonCode", "DOCUMENT_MISSING")).statusCode(200)
                .body("subMatters[2].status", equalTo("REJECTED")).body("subMatters[2].reasonCode", equalTo("DOCUMENT_MISSING"));
        change("worklist-public-security", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "SUBMITTED")).statusCode(403);
        change("registrar", id, "HOUSEHOLD_REGISTRATION", Map.of("status", "SUBMITTED")).statusCode(200)
                .body("subMatters[2].status", equalTo("SUBMITTED")).body("subMatters[2].rejections", equalTo(1));

        Map<String, String> owner = Map.of("BIRTH_MEDICAL_CERTIFICATE", "worklist-health",
                "VACCINATION_CERTIFICATE", "worklist-cdc", "HOUSEHOLD_REGISTRATION", "worklist-public-security",
                "MATERNITY_INSURANCE_PAYMENT", "worklist-medical-security",
                "MEDICAL_INSURANCE_ENROLMENT", "worklist-medical-security", "SOCIAL_SECURITY_CARD", "worklist-hr-social-security");
        owner.forEach((kind, role) -> {
            change(role, id, kind, Map.of("status", "ACCEPTED")).statusCode(200);
            change(role, id, kind, Map.of("status", "DONE")).statusCode(200);
        });
        as("registrar").when().get(APPLICATIONS + "/" + id).then().body("complete", equalTo(true))
                .body("subMatters.status", everyItem(equalTo("DONE")));
        assertThat(events(id)).isEqualTo(6 + 2 + 12);
        as("worklist-public-security").when().get("/api/v1/worklists/public-security?size=100").then()
                .body("items.applicationId", not(hasItem(id)));

        String month = CivilDate.today().toString().substring(0, 7);
        as("reader").queryParam("month", month).when().get("/api/v1/application-statistics").then().statusCode(200)
                .body("applicationsCompleted", greaterThanOrEqualTo(1))
                .body("subMatters.kind", hasItem("HOUSEHOLD_REGISTRATION"))
                .body("subMatters.find { it.kind == 'HOUSEHOLD_REGISTRATION' }.done", greaterThanOrEqualTo(1))
                .body("subMatters.find { it.kind == 'HOUSEHOLD_REGISTRATION' }.medianWorkingDays", equalTo(0));
        as("reader").queryParam("month", "2026-13").when().get("/api/v1/application-statistics").then().statusCode(400);
        as("reader").when().get("/api/v1/application-statistics").then().statusCode(400);
        as("worklist-cdc").queryParam("month", month).when().get("/api/v1/application-statistics").then().statusCode(403);
    }

    @Test
    void withoutInsuranceThereIsNoMaternityPaymentAndAnOlderChildComesWithWhatIsDone() {
        Map<String, Object> body = BirthRequests.valid();
        body.put("birthDate", LocalDate.now().minusYears(2).toString());
        body.put("earlierChildren", List.of(Map.of("birthDate", LocalDate.now().minusYears(5).toString())));
        body.put("alreadyDone", List.of("BIRTH_MEDICAL_CERTIFICATE", "VACCINATION_CERTIFICATE"));
        String id = register(body);
        as("reader").when().get(APPLICATIONS + "/" + id).then()
                .body("subMatters", hasSize(5))
                .body("subMatters.kind", not(hasItem("MATERNITY_INSURANCE_PAYMENT")))
                .body("subMatters[0].status", equalTo("DONE")).body("subMatters[0].doneBefore", equalTo(true))
                .body("subMatters[2].status", equalTo("SUBMITTED"));

        Map<String, Object> older = BirthRequests.valid();
        older.put("birthDate", LocalDate.now().minusYears(3).minusDays(1).toString());
        older.put("earlierChildren", List.of(Map.of("birthDate", LocalDate.now().minusYears(6).toString())));
        assertThat(register(older)).isNull();
    }

    @Test
    void aWorklistIsItsDepartmentsOnly() {
        as("worklist-cdc").when().get("/api/v1/worklists/public-security").then().statusCode(403);
        as("registrar").when().get("/api/v1/worklists/cdc").then().statusCode(403);
        as("auditor").when().get("/api/v1/worklists/cdc").then().statusCode(200);
        as("worklist-cdc").when().get("/api/v1/worklists/cdc?overdue=true").then().statusCode(200).body("items", empty());
        as("auditor").when().get("/api/v1/worklists/finance").then().statusCode(404);
        as("auditor").when().get("/api/v1/worklists/no-such-department").then().statusCode(404);
        as("auditor").when().get("/api/v1/worklists/PUBLIC_SECURITY").then().statusCode(400);
    }

    @Test
    void anAdministratorAddsCalendarDays() {
        Map<String, Object> day = Map.of("working", false, "name", "春节", "source", "国务院办公厅关于2027年部分节假日安排的通知");
        as("administrator").contentType(ContentType.JSON).body(day).when().put("/api/v1/working-calendar/2027-02-08")
                .then().statusCode(200).body("working", equalTo(false));
        as("registrar").when().get("/api/v1/working-calendar?year=2027").then().statusCode(200)
                .body("day", hasItem("2027-02-08"));
        as("registrar").contentType(ContentType.JSON).body(day).when().put("/api/v1/working-calendar/2027-02-09")
                .then().statusCode(403);
        as("administrator").contentType(ContentType.JSON).body(Map.of("working", true)).when()
                .put("/api/v1/working-calendar/2027-02-09").then().statusCode(400);
        as("reader").when().get("/api/v1/working-calendar?year=2026").then().statusCode(200)
                .body("day", hasItem("2026-10-01")).body("day", hasItem("2026-10-10"));
        as("reader").when().get("/api/v1/working-calendar").then().statusCode(400);
    }
}
