package cn.gov.zhangping.fertility.familysupport.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1;
import cn.gov.zhangping.fertility.contracts.household.HouseholdStatusChangedV1;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Households, their status, the yearly review, care and the nursing-leave check, through the API. */
@QuarkusTest
public class HouseholdApiTest {

    static final String HOUSEHOLDS = "/api/v1/households";
    static final String REVIEWS = "/api/v1/household-reviews";
    static final String[] TABLES = {"household", "household_member", "household_evidence", "household_status_change",
        "assistance_amount", "household_review", "household_review_line", "insurance_enrolment", "household_care",
        "household_care_visit", "household_census_check", "nursing_leave_check", "outbox_event"};
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    static Map<String, Object> member(String role, String idNumber) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", role);
        m.put("idNumber", idNumber);
        m.put("hukouType", "RURAL");
        return m;
    }

    static Map<String, Object> household(String basis, List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("basis", basis);
        body.put("townshipCode", "350881102");
        body.put("since", "2000-01-01");
        body.put("members", members);
        body.put("evidence", List.of(Map.of("documentType", "ONLY_CHILD_CERTIFICATE", "documentNumber", "闽独字第0012345号",
                "issuedOn", "1992-05-10")));
        return body;
    }

    /** A valid enrolment with new identity numbers (ApiFuzzTest). */
    public static Map<String, Object> fuzzBody() {
        return household("ONLY_CHILD", List.of(member("MOTHER", id("1964-02-29")), member("CHILD", id("1990-01-05"))));
    }

    static JsonPath enrol(Map<String, Object> body) {
        return as("registrar").contentType(ContentType.JSON).body(body).when().post(HOUSEHOLDS).then().statusCode(201)
                .extract().jsonPath();
    }

    static String memberId(JsonPath h, String role) {
        return h.getString("members.find { it.role == '" + role + "' }.id");
    }

    static String id(String born) {
        return TestIds.valid(LocalDate.parse(born));
    }

    void refusedAndNothingStored(Supplier<Map<String, Long>> rows, Runnable request) {
        Map<String, Long> before = rows.get();
        request.run();
        assertThat(rows.get()).isEqualTo(before);
    }

    @Test
    void aRegistrarEnrolsAHouseholdAndOthersReadItMaskedOrAreRefused() {
        String mother = id("1956-04-02");
        JsonPath h = enrol(household("ONLY_CHILD", List.of(member("MOTHER", mother), member("FATHER", id("1955-01-09")),
                member("CHILD", id("1983-07-01")))));
        assertThat(h.getString("scheme")).isEqualTo("REWARD_ASSISTANCE");
        assertThat(h.getString("status")).isEqualTo("ACTIVE");
        assertThat(h.getList("history.kind")).containsExactly("ENROLLED");
        String householdId = h.getString("id");
        as("reader").when().get(HOUSEHOLDS + "/" + householdId).then().statusCode(200)
                .body("members[0].idNumber", equalTo(mother.substring(0, 4) + "**********" + mother.substring(14)))
                .body("members[0].birthDate", equalTo("1956-04-02")).body("evidence", hasSize(1));
        as("auditor").when().get(HOUSEHOLDS + "/" + householdId).then().statusCode(200).body("members[0].idNumber", equalTo(mother));
        as("reader").when().get(HOUSEHOLDS + "?scheme=REWARD_ASSISTANCE&townshipCode=350881102&size=200").then()
                .statusCode(200).body("items.id", hasItem(householdId));
        as("employer-hr").when().get(HOUSEHOLDS + "/" + householdId).then().statusCode(403);
        as("registrar").contentType(ContentType.JSON).body(Map.of("documents", List.of(Map.of("documentType",
                "HOUSEHOLD_REGISTER", "documentNumber", "350881102-0456", "issuedOn", "2020-03-01"))))
                .when().post(HOUSEHOLDS + "/" + householdId + "/evidence").then().statusCode(200).body("evidence", hasSize(2));

        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        Map<String, Object> good = household("ONLY_CHILD", List.of(member("MOTHER", id("1956-04-03")),
                member("CHILD", id("1983-07-02"))));
        refusedAndNothingStored(rows, () -> as("reader").contentType(ContentType.JSON).body(good).when().post(HOUSEHOLDS)
                .then().statusCode(403));
        Map<String, Object> badId = household("ONLY_CHILD", List.of(member("MOTHER", TestIds.withWrongCheckDigit(id("1956-04-03"))),
                member("CHILD", id("1983-07-02"))));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(badId).when().post(HOUSEHOLDS)
                .then().statusCode(400).body("errors.field", hasItem("members[0].idNumber")));
        Map<String, Object> twoChildren = household("ONLY_CHILD", List.of(member("MOTHER", id("1956-04-03")),
                member("CHILD", id("1983-07-02")), member("CHILD", id("1985-07-02"))));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(twoChildren).when()
                .post(HOUSEHOLDS).then().statusCode(422).body("code", equalTo("household-does-not-fit-basis")));
        Map<String, Object> unknownFamily = new HashMap<>(good);
        unknownFamily.put("familyId", "00000000-0000-4000-8000-000000000000");
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(unknownFamily).when()
                .post(HOUSEHOLDS).then().statusCode(422).body("code", equalTo("unknown-family")));
        Map<String, Object> future = new HashMap<>(good);
        future.put("since", LocalDate.now().plusDays(2).toString());
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(future).when()
                .post(HOUSEHOLDS).then().statusCode(400).body("errors.field", hasItem("since")));
    }

    @Test
    void theOnlyChildsDeathMakesASpecialFamilyAndMovingAwayEndsItsChanges() {
        JsonPath h = enrol(household("ONLY_CHILD", List.of(member("MOTHER", id("1968-04-02")), member("CHILD", id("1992-01-03")))));
        String path = HOUSEHOLDS + "/" + h.getString("id") + "/status-changes";
        String child = memberId(h, "CHILD");
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("kind", "MEMBER_DIED", "memberId", "00000000-0000-4000-8000-000000000000", "effectiveOn", "2025-01-01"))
                .when().post(path).then().statusCode(422).body("code", equalTo("unknown-member")));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("kind", "MEMBER_DIED", "memberId", child, "effectiveOn", LocalDate.now().plusDays(3).toString()))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("effectiveOn")));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("kind", "REBIRTH", "effectiveOn", "2025-01-01"))
                .when().post(path).then().statusCode(409).body("code", equalTo("not-a-special-family")));
        refusedAndNothingStored(rows, () -> as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01")).when().post(path).then().statusCode(403));

        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MEMBER_DIED", "memberId", child,
                "effectiveOn", "2025-02-10")).when().post(path).then().statusCode(200)
                .body("basis", equalTo("CHILD_DECEASED")).body("scheme", equalTo("SPECIAL_ASSISTANCE"))
                .body("specialSince", equalTo("2025-02-10")).body("revision", equalTo(2))
                .body("history.kind", contains("ENROLLED", "MEMBER_DIED"));
        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-08-01"))
                .when().post(path).then().statusCode(200).body("status", equalTo("MOVED_AWAY"))
                .body("endedOn", equalTo("2025-08-01")).body("history[2].statusAfter", equalTo("MOVED_AWAY"));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-09-01")).when().post(path).then().statusCode(409)
                .body("code", equalTo("household-not-active")));
    }

    @Test
    void aBirthRegisteredInASpecialFamilysFamilyRecordIsARebirth() throws Exception {
        String mother = TestIds.valid(LocalDate.of(1984, 5, 6));
        Map<String, Object> first = BirthRequests.valid();
        first.put("motherIdNumber", mother);
        first.put("birthDate", LocalDate.now().minusDays(400).toString());
        first.put("birthOrder", 1);
        String familyId = as("registrar").contentType(ContentType.JSON).body(first).when().post("/api/v1/birth-registrations")
                .then().statusCode(201).extract().path("familyId");
        Map<String, Object> child = member("CHILD", TestIds.valid(LocalDate.now().minusDays(400)));
        child.put("diedOn", LocalDate.now().minusDays(200).toString());
        Map<String, Object> body = household("CHILD_DECEASED", List.of(member("MOTHER", mother), child));
        body.put("familyId", familyId);
        body.put("since", LocalDate.now().minusDays(200).toString());
        JsonPath h = enrol(body);
        assertThat(h.getString("scheme")).isEqualTo("SPECIAL_ASSISTANCE");

        Map<String, Object> second = BirthRequests.valid();
        second.put("motherIdNumber", mother);
        second.put("birthDate", LocalDate.now().minusDays(5).toString());
        second.put("birthOrder", 2);
        second.put("earlierChildren", List.of(Map.of("birthDate", LocalDate.now().minusDays(400).toString(), "deceased", true)));
        String registrationId = as("registrar").contentType(ContentType.JSON).body(second).when()
                .post("/api/v1/birth-registrations").then().statusCode(201).body("familyId", equalTo(familyId))
                .extract().path("id");
        as("reader").when().get(HOUSEHOLDS + "/" + h.getString("id")).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endedOn", equalTo(LocalDate.now().minusDays(5).toString()))
                .body("history.kind", contains("ENROLLED", "REBIRTH"))
                .body("history[1].recordedBy", equalTo("birth-registration:" + registrationId));
    }

    @Test
    void theYearlyReviewListsRecipientsWithReasonsAmountsVerificationAndInsuranceAndPublishesThem() throws Exception {
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        // A: reward household; the father born 29 February 1952 turns 60 in 2012, the mother has been eligible since 2010
        JsonPath a = enrol(household("ONLY_CHILD", List.of(member("MOTHER", id("1950-06-01")), member("FATHER", id("1952-02-29")),
                member("CHILD", id("1978-03-03")))));
        // B: special family; the mother turns 49 in 2011; the father dies on 14 March 2012
        Map<String, Object> deceased = member("CHILD", id("1988-03-03"));
        deceased.put("diedOn", "2009-10-01");
        JsonPath b = enrol(household("CHILD_DECEASED", List.of(member("MOTHER", id("1962-03-03")),
                member("FATHER", id("1960-01-01")), deceased)));
        // C: reward household that moves out of Zhangping on 20 July 2012
        JsonPath c = enrol(household("ONLY_CHILD", List.of(member("MOTHER", id("1945-06-01")), member("CHILD", id("1970-03-03")))));
        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MEMBER_DIED", "memberId", memberId(b, "FATHER"),
                "effectiveOn", "2012-03-14")).when().post(HOUSEHOLDS + "/" + b.getString("id") + "/status-changes").then().statusCode(200);
        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2012-07-20"))
                .when().post(HOUSEHOLDS + "/" + c.getString("id") + "/status-changes").then().statusCode(200);

        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("year", 2011))
                .when().post(REVIEWS).then().statusCode(422).body("code", equalTo("assistance-amount-missing")));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("960.00"), "source", "test")).when()
                .put("/api/v1/assistance-amounts/REWARD_ASSISTANCE/2011").then().statusCode(403));
        refusedAndNothingStored(rows, () -> as("administrator").contentType(ContentType.JSON)
                .body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("960.001"), "source", "test")).when()
                .put("/api/v1/assistance-amounts/REWARD_ASSISTANCE/2011").then().statusCode(400));
        for (int year : new int[] {2011, 2012}) {
            as("administrator").contentType(ContentType.JSON).body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("960.00"), "source",
                    "amount for the test, entered by an administrator")).when()
                    .put("/api/v1/assistance-amounts/REWARD_ASSISTANCE/" + year).then().statusCode(201);
            as("administrator").contentType(ContentType.JSON).body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("1620.00"), "source",
                    "amount for the test, entered by an administrator")).when()
                    .put("/api/v1/assistance-amounts/SPECIAL_ASSISTANCE/" + year).then().statusCode(201);
        }

        String review2011 = as("registrar").contentType(ContentType.JSON).body(Map.of("year", 2011)).when().post(REVIEWS)
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("year", 2011))
                .when().post(REVIEWS).then().statusCode(409).body("code", equalTo("review-exists")));
        refusedAndNothingStored(rows, () -> as("reviewer").when().post(REVIEWS + "/" + review2011 + "/confirmation")
                .then().statusCode(409).body("code", equalTo("recipients-unverified")));
        JsonPath r2011 = as("reader").when().get(REVIEWS + "/" + review2011).then().statusCode(200).extract().jsonPath();
        assertThat(line(r2011, memberId(a, "MOTHER"))).containsEntry("change", "NEW").containsEntry("reason", "ENROLLED");
        assertThat(line(r2011, memberId(a, "FATHER"))).isNull();
        assertThat(line(r2011, memberId(b, "MOTHER"))).containsEntry("reason", "REACHED_AGE").containsEntry("amountDueYuan", 1620.0f);
        assertThat(line(r2011, memberId(b, "FATHER"))).containsEntry("reason", "REACHED_AGE");
        verifyAll(review2011, r2011, null);
        as("reviewer").when().post(REVIEWS + "/" + review2011 + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        String review2012 = as("registrar").contentType(ContentType.JSON).body(Map.of("year", 2012)).when().post(REVIEWS)
                .then().statusCode(201).extract().path("id");
        JsonPath r2012 = as("reviewer").when().get(REVIEWS + "/" + review2012).then().statusCode(200).extract().jsonPath();
        assertThat(line(r2012, memberId(a, "MOTHER"))).containsEntry("change", "CONTINUING").containsEntry("monthsDue", 12);
        assertThat(line(r2012, memberId(a, "FATHER"))).containsEntry("change", "NEW").containsEntry("reason", "REACHED_AGE")
                .containsEntry("amountDueYuan", 960.0f);
        assertThat(line(r2012, memberId(b, "FATHER"))).containsEntry("change", "ENDED").containsEntry("reason", "DECEASED")
                .containsEntry("monthsDue", 3).containsEntry("amountDueYuan", 405.0f);
        assertThat(line(r2012, memberId(c, "MOTHER"))).containsEntry("change", "ENDED").containsEntry("reason", "MOVED_AWAY")
                .containsEntry("monthsDue", 7).containsEntry("amountDueYuan", 560.0f);

        String cMother = (String) line(r2012, memberId(c, "MOTHER")).get("id");
        String verify = REVIEWS + "/" + review2012 + "/recipients/" + cMother + "/verification";
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("outcome", "INACCURATE"))
                .when().put(verify).then().statusCode(400).body("errors.field", hasItem("reason")));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCURATE", "reason", "MOVED")).when().put(verify).then().statusCode(400));
        refusedAndNothingStored(rows, () -> as("reader").contentType(ContentType.JSON).body(Map.of("outcome", "ACCURATE"))
                .when().put(verify).then().statusCode(403));
        as("registrar").contentType(ContentType.JSON).body(Map.of("outcome", "INACCURATE", "reason", "MOVED")).when()
                .put(verify).then().statusCode(200);

        String insurance = HOUSEHOLDS + "/" + b.getString("id") + "/members/" + memberId(b, "MOTHER") + "/insurance-enrolments/2012";
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("enrolledOn", "2011-12-10"))
                .when().put(insurance).then().statusCode(403));
        refusedAndNothingStored(rows, () -> as("medical-security").contentType(ContentType.JSON)
                .body(Map.of("enrolledOn", "2011-12-10")).when()
                .put(HOUSEHOLDS + "/" + a.getString("id") + "/members/" + memberId(a, "MOTHER") + "/insurance-enrolments/2012")
                .then().statusCode(422).body("code", equalTo("not-a-special-family")));
        as("medical-security").contentType(ContentType.JSON).body(Map.of("enrolledOn", "2011-12-10")).when().put(insurance)
                .then().statusCode(200).body("year", equalTo(2012));

        verifyAll(review2012, r2012, cMother);
        refusedAndNothingStored(rows, () -> as("registrar").when().post(REVIEWS + "/" + review2012 + "/confirmation")
                .then().statusCode(403));
        JsonPath confirmed = as("reviewer").when().post(REVIEWS + "/" + review2012 + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().jsonPath();
        assertThat(confirmed.getList("totals.scheme")).contains("REWARD_ASSISTANCE", "SPECIAL_ASSISTANCE");
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("outcome", "ACCURATE"))
                .when().put(verify).then().statusCode(409).body("code", equalTo("review-confirmed")));
        refusedAndNothingStored(rows, () -> as("medical-security").contentType(ContentType.JSON).body(Map.of("enrolledOn", "2011-12-10"))
                .when().put(insurance).then().statusCode(409));
        refusedAndNothingStored(rows, () -> as("administrator").contentType(ContentType.JSON)
                .body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("1000.00"), "source", "later")).when()
                .put("/api/v1/assistance-amounts/REWARD_ASSISTANCE/2012").then().statusCode(409));

        // the events of household B: enrolled, the father's death, and the two reviews; valid and without personal data
        String key = b.getString("id");
        List<ConsumerRecord<String, String>> records = TestKafka.read(HouseholdEventTypes.TOPIC, Duration.ofSeconds(30),
                rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 4)
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                HouseholdEventTypes.STATUS_CHANGED_V1, HouseholdEventTypes.STATUS_CHANGED_V1,
                HouseholdEventTypes.REVIEW_COMPLETED_V1, HouseholdEventTypes.REVIEW_COMPLETED_V1);
        ObjectMapper reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        for (ConsumerRecord<String, String> record : records) {
            String type = TestKafka.header(record, "ce_type");
            assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(HouseholdEventTypes.schemaOf(type));
            assertThat(SCHEMAS.getSchema(schema(type), InputFormat.JSON).validate(record.value(), InputFormat.JSON))
                    .as(record.value()).isEmpty();
            Class<?> data = type.equals(HouseholdEventTypes.STATUS_CHANGED_V1) ? HouseholdStatusChangedV1.class
                    : HouseholdReviewCompletedV1.class;
            assertThat(validator.validate(reader.readValue(record.value(), data))).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("1962").doesNotContain("350881196");
        }
        JsonNode last = mapper.readTree(records.get(3).value());
        assertThat(last.path("year").asInt()).isEqualTo(2012);
        assertThat(last.path("yearlyAmountYuan").decimalValue()).isEqualByComparingTo("1620.00");
        JsonNode motherLine = null;
        for (JsonNode r : last.path("recipients")) {
            if (r.path("memberId").asText().equals(memberId(b, "MOTHER"))) {
                motherLine = r;
            }
        }
        assertThat(motherLine.path("insuranceEnrolled").asBoolean()).isTrue();
        assertThat(motherLine.path("change").asText()).isEqualTo("CONTINUING");
    }

    static RequestSpecification in(String township, String role) {
        return given().header("Authorization", TestTokens.bearerIn(List.of(township), role));
    }

    /**
     * A township officer's yearly review covers only the households of its townships, one review per year and
     * township; a member's insurance enrolment is a write on the household (another township's: 404).
     */
    @Test
    void aTownshipOfficersReviewCoversItsTownshipsAndAnEnrolmentIsAWriteOnTheHousehold() {
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        int year = 2016;
        String jingcheng = "350881001";
        String xiqiao = "350881102";
        Map<String, Object> reward = household("ONLY_CHILD", List.of(member("MOTHER", id("1950-06-01")),
                member("CHILD", id("1978-03-03"))));
        reward.put("townshipCode", jingcheng);
        JsonPath a = enrol(reward);
        Map<String, Object> deceased = member("CHILD", id("1988-03-03"));
        deceased.put("diedOn", "2009-10-01");
        JsonPath b = enrol(household("CHILD_DECEASED", List.of(member("MOTHER", id("1962-03-03")), deceased)));
        for (String scheme : List.of("REWARD_ASSISTANCE", "SPECIAL_ASSISTANCE")) {
            as("administrator").contentType(ContentType.JSON).body(Map.of("yearlyAmountYuan", new java.math.BigDecimal("960.00"),
                    "source", "amount for the test, entered by an administrator")).when()
                    .put("/api/v1/assistance-amounts/" + scheme + "/" + year).then().statusCode(201);
        }

        JsonPath own = in(jingcheng, "registrar").contentType(ContentType.JSON).body(Map.of("year", year)).when().post(REVIEWS)
                .then().statusCode(201).body("townshipCodes", contains(jingcheng)).extract().jsonPath();
        assertThat(own.getList("recipients.townshipCode", String.class)).isNotEmpty().containsOnly(jingcheng);
        assertThat(own.getList("recipients.householdId", String.class)).contains(a.getString("id"))
                .doesNotContain(b.getString("id"));
        refusedAndNothingStored(rows, () -> in(jingcheng, "registrar").contentType(ContentType.JSON).body(Map.of("year", year))
                .when().post(REVIEWS).then().statusCode(409).body("code", equalTo("review-exists")));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("year", year))
                .when().post(REVIEWS).then().statusCode(409).body("code", equalTo("review-exists")));
        JsonPath other = in(xiqiao, "registrar").contentType(ContentType.JSON).body(Map.of("year", year)).when().post(REVIEWS)
                .then().statusCode(201).body("townshipCodes", contains(xiqiao)).extract().jsonPath();
        assertThat(other.getList("recipients.townshipCode", String.class)).isNotEmpty().containsOnly(xiqiao);
        assertThat(other.getList("recipients.householdId", String.class)).contains(b.getString("id"))
                .doesNotContain(a.getString("id"));

        // another township's review is not found by a township officer, for reading, verifying or confirming
        String otherReview = REVIEWS + "/" + other.getString("id");
        in(jingcheng, "reader").when().get(otherReview).then().statusCode(404).body("code", equalTo("not-found"));
        in(jingcheng, "registrar").contentType(ContentType.JSON).body(Map.of("outcome", "ACCURATE")).when()
                .put(otherReview + "/recipients/" + other.getString("recipients[0].id") + "/verification").then().statusCode(404);
        in(jingcheng, "reviewer").when().post(otherReview + "/confirmation").then().statusCode(404);
        in(xiqiao, "reader").when().get(otherReview).then().statusCode(200).body("townshipCodes", contains(xiqiao));
        as("reader").when().get(otherReview).then().statusCode(200)
                .body("recipients.size()", equalTo(other.getList("recipients").size()));

        String insurance = HOUSEHOLDS + "/" + b.getString("id") + "/members/" + memberId(b, "MOTHER") + "/insurance-enrolments/" + year;
        refusedAndNothingStored(rows, () -> in(jingcheng, "medical-security").contentType(ContentType.JSON)
                .body(Map.of("enrolledOn", year + "-01-10")).when().put(insurance).then().statusCode(404)
                .body("code", equalTo("not-found")));
        in(xiqiao, "medical-security").contentType(ContentType.JSON).body(Map.of("enrolledOn", year + "-01-10")).when()
                .put(insurance).then().statusCode(200).body("householdId", equalTo(b.getString("id")));
    }

    @Test
    void careOfASpecialFamilyAndTheYearlyCensus() {
        Map<String, Object> disabled = member("CHILD", id("1990-03-03"));
        disabled.put("disabilityGrade", 2);
        JsonPath special = enrol(household("CHILD_DISABLED", List.of(member("MOTHER", id("1966-06-01")), disabled)));
        JsonPath reward = enrol(household("ONLY_CHILD", List.of(member("MOTHER", id("1966-06-02")), member("CHILD", id("1991-03-03")))));
        Map<String, Object> care = Map.of("townshipContact", Map.of("name", "陈建华", "phone", "0597-7532100"),
                "villageContact", Map.of("name", "李秀英", "phone", "13905970000"),
                "familyDoctor", Map.of("name", "林医生", "institution", "永福镇卫生院", "contractedOn", "2025-03-01"));
        String path = HOUSEHOLDS + "/" + special.getString("id");
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(care).when()
                .put(HOUSEHOLDS + "/" + reward.getString("id") + "/care").then().statusCode(422));
        refusedAndNothingStored(rows, () -> as("reader").contentType(ContentType.JSON).body(care).when().put(path + "/care")
                .then().statusCode(403));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("townshipContact", Map.of("name", "陈建华", "phone", "call me"),
                        "villageContact", Map.of("name", "李秀英", "phone", "13905970000"))).when().put(path + "/care")
                .then().statusCode(400).body("errors.field", hasItem("townshipContact.phone")));
        as("registrar").contentType(ContentType.JSON).body(care).when().put(path + "/care").then().statusCode(200)
                .body("familyDoctor.institution", equalTo("永福镇卫生院"));
        as("registrar").contentType(ContentType.JSON)
                .body(Map.of("service", "MEDICAL_ESCORT", "visitedOn", "2026-05-12", "note", "陪同到市医院复诊"))
                .when().post(path + "/care-visits").then().statusCode(201).body("visits", hasSize(1));
        as("registrar").contentType(ContentType.JSON).body(Map.of("year", 2026, "level", "TOWNSHIP", "checkedOn", "2026-06-01"))
                .when().post(path + "/census-checks").then().statusCode(200)
                .body("census[0].checkedBy", equalTo("test-registrar"));
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "level", "CITY", "checkedOn", "2025-06-01")).when().post(path + "/census-checks")
                .then().statusCode(400));
        as("reader").when().get(path + "/care").then().statusCode(200).body("townshipContact.name", equalTo("陈建华"))
                .body("villageContact.phone", equalTo("13905970000")).body("census", hasSize(1));
        as("employer-hr").when().get(path + "/care").then().statusCode(403);
    }

    @Test
    void anEmployerChecksNursingLeaveWithoutTheNumberBeingKept() throws Exception {
        String child = id("1980-08-08");
        enrol(household("ONLY_CHILD", List.of(member("MOTHER", id("1955-06-01")), member("CHILD", child))));
        as("employer-hr").contentType(ContentType.JSON).body(Map.of("childIdNumber", child)).when()
                .post("/api/v1/nursing-leave-checks").then().statusCode(200).body("qualifies", equalTo(true))
                .body("reason", equalTo("PARENT_AGED_60_OR_MORE")).body("allowanceDays", equalTo(10));
        as("employer-hr").contentType(ContentType.JSON).body(Map.of("childIdNumber", id("1981-08-08"))).when()
                .post("/api/v1/nursing-leave-checks").then().statusCode(200).body("qualifies", equalTo(false))
                .body("reason", equalTo("NOT_AN_ONLY_CHILD_OF_A_HOUSEHOLD")).body("allowanceDays", equalTo(0));
        Supplier<Map<String, Long>> rows = StoredRows.in(dataSource, TABLES);
        refusedAndNothingStored(rows, () -> as("registrar").contentType(ContentType.JSON).body(Map.of("childIdNumber", child))
                .when().post("/api/v1/nursing-leave-checks").then().statusCode(403));
        refusedAndNothingStored(rows, () -> as("employer-hr").contentType(ContentType.JSON)
                .body(Map.of("childIdNumber", TestIds.withWrongCheckDigit(child))).when().post("/api/v1/nursing-leave-checks")
                .then().statusCode(400).body("errors.field", hasItem("childIdNumber")));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM nursing_leave_check c WHERE c::text LIKE '%" + child + "%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** The review's recipient line of a member (as a map), or null. */
    static Map<String, Object> line(JsonPath review, String memberId) {
        return review.getMap("recipients.find { it.memberId == '" + memberId + "' }");
    }

    void verifyAll(String reviewId, JsonPath review, String except) {
        List<String> ids = new ArrayList<>(review.getList("recipients.id"));
        ids.remove(except);
        for (String line : ids) {
            as("registrar").contentType(ContentType.JSON).body(Map.of("outcome", "ACCURATE")).when()
                    .put(REVIEWS + "/" + reviewId + "/recipients/" + line + "/verification").then().statusCode(200);
        }
    }

    static String schema(String type) throws IOException {
        String uri = HouseholdEventTypes.schemaOf(type);
        try (InputStream in = HouseholdApiTest.class.getResourceAsStream(
                "/META-INF/resources/schemas/" + uri.substring(HouseholdEventTypes.SCHEMA_BASE.length()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
