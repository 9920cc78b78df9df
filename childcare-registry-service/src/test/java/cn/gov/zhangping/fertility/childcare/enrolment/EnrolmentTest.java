package cn.gov.zhangping.fertility.childcare.enrolment;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.child;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.enrolBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.EndingEnrolmentsAtThree;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrolmentTest {

    private static final String PATH = "/api/v1/enrolments";

    @Inject
    DataSource dataSource;

    @Inject
    EndingEnrolmentsAtThree endingAtThree;

    private static final LocalDate TODAY = CivilDate.today();

    private Map<String, Long> stored() {
        return StoredRows.in(dataSource, "enrolment", "waiting_entry", "outbox_event").get();
    }

    private static String enrol(String nursery, UUID child) {
        return as("registrar").body(enrolBody(nursery, child)).when().post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void theFeeReductionIsDecidedAndPublishedWithTheEnrolment() {
        String publicNursery = ChildcareFixtures.operatingNursery("350881104", "PUBLIC_INCLUSIVE", 10);
        String privateNursery = ChildcareFixtures.operatingNursery("350881104", "PRIVATE_INCLUSIVE", 10);
        UUID third = child("350881104", TODAY.minusYears(1), 3, false);
        UUID special = child("350881104", TODAY.minusYears(2), 1, true);
        UUID second = child("350881104", TODAY.minusMonths(14), 2, false);
        UUID thirdElsewhere = child("350881104", TODAY.minusMonths(20), 3, false);

        String id = as("registrar").body(enrolBody(publicNursery, third)).when().post(PATH).then().statusCode(201)
                .body("monthlyFee", equalTo(1200.00f)).body("reductionRatio", equalTo(0.50f)).body("reducedFee", equalTo(600.00f))
                .body("reductionSource", equalTo("漳政办规〔2023〕2号 二(三)8")).extract().path("id");
        as("registrar").body(enrolBody(publicNursery, special)).when().post(PATH).then().statusCode(201)
                .body("reductionRatio", equalTo(1.00f)).body("reducedFee", equalTo(0.00f));
        as("registrar").body(enrolBody(publicNursery, second)).when().post(PATH).then().statusCode(201)
                .body("reductionRatio", equalTo(0.00f)).body("reducedFee", equalTo(1200.00f)).body("reductionSource", nullValue());
        as("registrar").body(enrolBody(privateNursery, thirdElsewhere)).when().post(PATH).then().statusCode(201)
                .body("reductionRatio", equalTo(0.00f));

        JsonPath event = JsonPath.from(EmittedEvents.of(ChildcareEventTypes.ENROLMENTS_TOPIC, id, 1).get(0).value());
        assertThat(event.getString("childRegistrationId")).isEqualTo(third.toString());
        assertThat(event.getString("institutionKind")).isEqualTo("PUBLIC_INCLUSIVE");
        assertThat(event.getString("status")).isEqualTo("ACTIVE");
        assertThat(event.getDouble("reducedFee")).isEqualTo(600.0);

        as("registrar").body(Map.of("date", TODAY.toString())).when().post(PATH + "/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("endDate", equalTo(TODAY.toString()));
        as("registrar").body(Map.of()).when().post(PATH + "/" + id + "/withdrawal").then().statusCode(409);
        assertThat(JsonPath.from(EmittedEvents.of(ChildcareEventTypes.ENROLMENTS_TOPIC, id, 2).get(1).value()).getString("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void enrolmentsThatBreakARuleAreRefusedAndNothingIsStored() {
        String nursery = ChildcareFixtures.operatingNursery("350881105", "PUBLIC_INCLUSIVE", 1);
        String closed = ChildcareFixtures.operatingNursery("350881105", "PUBLIC_INCLUSIVE", 5);
        ChildcareFixtures.moveTo(closed, "CLOSED");
        String registered = ChildcareFixtures.institution("350881105", "PUBLIC_INCLUSIVE", 5);
        UUID a = child("350881105", TODAY.minusYears(1), 1, false);
        UUID b = child("350881105", TODAY.minusYears(2), 1, false);
        UUID over3 = child("350881105", TODAY.minusYears(3), 1, false);
        enrol(nursery, a);

        Map<String, Long> before = stored();
        as("registrar").body(enrolBody(closed, b)).when().post(PATH).then().statusCode(409)
                .body("code", equalTo("institution-not-operating"));
        as("registrar").body(enrolBody(registered, b)).when().post(PATH).then().statusCode(409);
        as("registrar").body(enrolBody(nursery, b)).when().post(PATH).then().statusCode(409).body("code", equalTo("institution-full"));
        as("registrar").body(enrolBody(nursery, a)).when().post(PATH).then().statusCode(409);
        String other = ChildcareFixtures.operatingNursery("350881105", "PUBLIC_INCLUSIVE", 5);
        before = stored();
        as("registrar").body(enrolBody(other, a)).when().post(PATH).then().statusCode(409).body("code", equalTo("already-enrolled"));
        as("registrar").body(enrolBody(other, over3)).when().post(PATH).then().statusCode(422).body("code", equalTo("child-not-under-3"));
        as("registrar").body(enrolBody(other, UUID.randomUUID())).when().post(PATH).then().statusCode(422)
                .body("code", equalTo("child-not-registered"));
        Map<String, Object> beforeBirth = enrolBody(other, b);
        beforeBirth.put("startDate", TODAY.minusYears(3).toString());
        as("registrar").body(beforeBirth).when().post(PATH).then().statusCode(422);
        as("registrar").body(enrolBody(UUID.randomUUID().toString(), b)).when().post(PATH).then().statusCode(404);
        as("registrar").body(Map.of("institutionId", "x")).when().post(PATH).then().statusCode(400);
        as("reader").body(enrolBody(other, b)).when().post(PATH).then().statusCode(403);
        assertThat(stored()).isEqualTo(before);
        // slots below the children enrolled
        as("registrar").body(Map.of("totalSlots", 1, "inclusiveSlots", 0)).when()
                .put("/api/v1/childcare-institutions/" + nursery + "/slots").then().statusCode(200);
        enrol(other, b);
        UUID c = child("350881105", TODAY.minusYears(2), 1, false);
        enrol(other, c);
        as("registrar").body(Map.of("totalSlots", 1, "inclusiveSlots", 0)).when()
                .put("/api/v1/childcare-institutions/" + other + "/slots").then().statusCode(409)
                .body("code", equalTo("slots-below-enrolled"));
    }

    @Test
    void theLastFreeSlotGoesToExactlyOneOfEightParallelRequests() throws Exception {
        String nursery = ChildcareFixtures.operatingNursery("350881106", "PUBLIC_INCLUSIVE", 3);
        enrol(nursery, child("350881106", TODAY.minusYears(1), 1, false));
        enrol(nursery, child("350881106", TODAY.minusYears(1), 1, false));
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            children.add(child("350881106", TODAY.minusYears(1), 1, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> requests = children.stream().<Callable<Integer>>map(c -> () ->
                    as("registrar").body(enrolBody(nursery, c)).when().post(PATH).then().extract().statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(requests)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery).then().statusCode(200)
                .body("enrolled", equalTo(3)).body("free", equalTo(0));
    }

    @Test
    void theWaitingListIsServedInOrderWhenASlotFrees() {
        String nursery = ChildcareFixtures.operatingNursery("350881107", "COMMUNITY", 1);
        String first = enrol(nursery, child("350881107", TODAY.minusYears(1), 1, false));
        UUID w1 = child("350881107", TODAY.minusYears(1), 1, false);
        UUID w2 = child("350881107", TODAY.minusYears(1), 1, false);
        for (UUID w : List.of(w1, w2)) {
            Map<String, Object> body = enrolBody(nursery, w);
            body.put("waitIfFull", true);
            as("registrar").body(body).when().post(PATH).then().statusCode(202).body("status", equalTo("WAITING"));
        }
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery + "/waiting-list").then().statusCode(200)
                .body("childRegistrationId", equalTo(List.of(w1.toString(), w2.toString())));
        as("registrar").body(Map.of()).when().post(PATH + "/" + first + "/withdrawal").then().statusCode(200);
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery + "/enrolments").then().statusCode(200)
                .body("findAll { it.status == 'ACTIVE' }.childRegistrationId", equalTo(List.of(w1.toString())));
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery + "/waiting-list").then().statusCode(200)
                .body("childRegistrationId", equalTo(List.of(w2.toString())));
    }

    @Test
    void theDailyJobEndsTheEnrolmentsOfChildrenWhoTurned3() {
        String nursery = ChildcareFixtures.operatingNursery("350881108", "PUBLIC_INCLUSIVE", 5);
        // born on 29 February 2024: 3 on 1 March 2027
        UUID leap = child("350881108", LocalDate.parse("2024-02-29"), 1, false);
        Map<String, Object> body = enrolBody(nursery, leap);
        body.put("startDate", "2026-09-01");
        String id = as("registrar").body(body).when().post(PATH).then().statusCode(201).extract().path("id");
        endingAtThree.endOn(LocalDate.parse("2027-02-28"));
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        endingAtThree.endOn(LocalDate.parse("2027-03-01"));
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endDate", equalTo("2027-03-01"));
        assertThat(JsonPath.from(EmittedEvents.of(ChildcareEventTypes.ENROLMENTS_TOPIC, id, 2).get(1).value()).getString("status"))
                .isEqualTo("ENDED");
    }

    @Test
    void closingANurseryEndsItsEnrolments() {
        String nursery = ChildcareFixtures.operatingNursery("350881109", "PUBLIC_INCLUSIVE", 5);
        String id = enrol(nursery, child("350881109", TODAY.minusYears(1), 1, false));
        ChildcareFixtures.moveTo(nursery, "CLOSED");
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NURSERY_CLOSED"));
        as("reader").when().get("/api/v1/childcare-institutions/" + nursery).then().body("enrolled", equalTo(0));
        as("reader").when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
