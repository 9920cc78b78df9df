package cn.gov.zhangping.fertility.childcare.enrolment;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.enrolBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import cn.gov.zhangping.fertility.childcare.EmittedEvents;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The fee reduction of an enrolment held while the child's registration is under review, settled by real birth events. */
@QuarkusTest
class FeeReviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOWNSHIP = "350881205";
    private static final Map<String, Object> PLACE = Map.of("townshipCode", TOWNSHIP, "communityCode", TOWNSHIP + "001");

    private static UUID registered(int birthOrder, boolean reviewPending) {
        UUID id = UUID.randomUUID();
        Map<String, Object> fields = new LinkedHashMap<>(PLACE);
        fields.put("birthOrder", birthOrder);
        fields.put("reviewPending", reviewPending);
        BirthRegisteredEvents.publish(id, BirthRegisteredEvents.data(id, fields));
        RegisteredChildRepository children = Arc.container().instance(RegisteredChildRepository.class).get();
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> children.findByIdOptional(id).isPresent()));
        return id;
    }

    private static void reviewed(UUID id, int revision, int birthOrder) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrationId", id.toString());
        data.put("revision", revision);
        data.put("birthOrder", birthOrder);
        data.put("reviewPending", false);
        data.put("confirmedFindings", List.of("BIRTH_ORDER_DISAGREES"));
        data.put("reviewedAt", "2026-11-25T08:00:00Z");
        BirthRegisteredEvents.publishAs(BirthEventTypes.REVIEWED_V1, UUID.randomUUID().toString(), id, new ObjectMapper().writeValueAsString(data));
    }

    private static void corrected(UUID id, int revision, int birthOrder, boolean reviewPending) {
        Map<String, Object> fields = new LinkedHashMap<>(PLACE);
        fields.put("birthOrder", birthOrder);
        fields.put("reviewPending", reviewPending);
        BirthRegisteredEvents.publishAs(BirthRegisteredEvents.CORRECTED_TYPE, UUID.randomUUID().toString(), id,
                BirthRegisteredEvents.corrected(id, revision, fields));
    }

    private static ValidatableResponse enrolment(String id) {
        return as("reader").when().get("/api/v1/enrolments/" + id).then().statusCode(200);
    }

    private static void awaitRevision(String enrolment, int revision) {
        await().atMost(WAIT).until(() -> enrolment(enrolment).extract().jsonPath().getInt("revision") == revision);
    }

    @Test
    void aReductionUnderReviewIsHeldAndGivenWhenTheReviewConfirmsIt() throws Exception {
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        UUID third = registered(3, true);
        String id = as("registrar").body(enrolBody(nursery, third)).when().post("/api/v1/enrolments").then().statusCode(201)
                .body("reductionHeld", equalTo(true)).body("reductionRatio", equalTo(0.00f)).body("reducedFee", equalTo(1200.00f))
                .extract().path("id");

        reviewed(third, 2, 3);
        awaitRevision(id, 2);
        enrolment(id).body("reductionHeld", equalTo(false)).body("reductionRatio", equalTo(0.50f)).body("reducedFee", equalTo(600.00f))
                .body("reductionSource", equalTo("漳政办规〔2023〕2号 二(三)8"));
        List<JsonPath> events = EmittedEvents.of(ChildcareEventTypes.ENROLMENTS_TOPIC, id, 2).stream()
                .map(r -> JsonPath.from(r.value())).toList();
        assertThat(events.get(0).getBoolean("reductionHeld")).isTrue();
        assertThat(events.get(0).getDouble("reducedFee")).isEqualTo(1200.0);
        assertThat(events.get(1).getBoolean("reductionHeld")).isFalse();
        assertThat(events.get(1).getDouble("reductionRatio")).isEqualTo(0.5);
        assertThat(events.get(1).getInt("revision")).isEqualTo(2);
    }

    @Test
    void aCorrectionSettlesTheReviewAndAnotherReviewHoldsTheReductionAgain() {
        String nursery = ChildcareFixtures.operatingNursery(TOWNSHIP, "PUBLIC_INCLUSIVE", 10);
        UUID child = registered(3, false);
        String id = as("registrar").body(enrolBody(nursery, child)).when().post("/api/v1/enrolments").then().statusCode(201)
                .body("reductionHeld", equalTo(false)).body("reductionRatio", equalTo(0.50f)).extract().path("id");

        corrected(child, 2, 3, true);
        awaitRevision(id, 2);
        enrolment(id).body("reductionHeld", equalTo(true)).body("reducedFee", equalTo(1200.00f));

        // the review ends with a correction: a second child, no reduction and nothing held
        corrected(child, 3, 2, false);
        awaitRevision(id, 3);
        enrolment(id).body("reductionHeld", equalTo(false)).body("reductionRatio", equalTo(0.00f)).body("reducedFee", equalTo(1200.00f));
        assertThat(EmittedEvents.of(ChildcareEventTypes.ENROLMENTS_TOPIC, id, 3)).hasSize(3);

        // a correction that changes nothing for the fee publishes nothing new
        corrected(child, 4, 2, false);
        UUID marker = registered(1, false);
        assertThat(marker).isNotNull();
        enrolment(id).body("revision", equalTo(3));
    }
}
