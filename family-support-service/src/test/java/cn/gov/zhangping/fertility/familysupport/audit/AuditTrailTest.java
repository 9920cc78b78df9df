package cn.gov.zhangping.fertility.familysupport.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditTrail;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdApiTest;
import cn.gov.zhangping.fertility.familysupport.privacy.TestIds;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The audit trail of personal data, through the API and straight at the database. */
@QuarkusTest
class AuditTrailTest {

    static final String BIRTHS = "/api/v1/birth-registrations";
    static final String AUDIT = "/api/v1/audit-events";

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail trail;

    static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    /** action, outcome, record id, subject, remote address of the rows of one operation since {@code since}. */
    List<List<String>> rows(String operation, Instant since) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("SELECT action, outcome, record_id, subject, "
                + "remote_address, record_type FROM audit_event WHERE operation = ? AND occurred_at >= ? ORDER BY occurred_at, action")) {
            s.setString(1, operation);
            s.setTimestamp(2, Timestamp.from(since));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)), rs.getString(4),
                            String.valueOf(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    static List<String> row(String action, String outcome, Object recordId, String subject) {
        return List.of(action, outcome, String.valueOf(recordId), subject, "127.0.0.1");
    }

    static List<List<String>> withoutType(List<List<String>> rows) {
        return rows.stream().map(r -> r.subList(0, 5)).toList();
    }

    String register(String mother) {
        Map<String, Object> body = BirthRequests.valid();
        body.put("motherIdNumber", mother);
        return as("registrar").contentType(ContentType.JSON).body(body).when().post(BIRTHS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void changesOfABirthAreRecordedWithTheirOutcome() throws Exception {
        Instant start = Instant.now().minusMillis(5);
        String id = register(TestIds.validMother());
        as("registrar").contentType(ContentType.JSON).body(Map.of("reason", "NOT_A_REASON")).when()
                .post(BIRTHS + "/" + id + "/cancellation").then().statusCode(400);
        UUID unknown = UUID.randomUUID();
        as("registrar").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "登记错误")).when()
                .post(BIRTHS + "/" + unknown + "/cancellation").then().statusCode(404);
        as("reader").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "登记错误")).when()
                .post(BIRTHS + "/" + id + "/cancellation").then().statusCode(403);
        as("registrar").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "登记错误")).when()
                .post(BIRTHS + "/" + id + "/cancellation").then().statusCode(200);

        assertThat(withoutType(rows("registerBirth", start))).containsExactly(row("RECORD_CHANGED", "OK", id, "test-registrar"));
        assertThat(withoutType(rows("cancelBirthRegistration", start))).containsExactly(
                row("RECORD_CHANGED", "INVALID", id, "test-registrar"),
                row("RECORD_CHANGED", "NOT_FOUND", unknown, "test-registrar"),
                row("RECORD_CHANGED", "DENIED", id, "test-reader"),
                row("RECORD_CHANGED", "OK", id, "test-registrar"));
        assertThat(rows("registerBirth", start)).extracting(r -> r.get(5)).containsOnly("BIRTH_REGISTRATION");
        // nothing personal in the trail: no identity number, no name
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM audit_event e WHERE e::text ~ '[0-9]{17}[0-9X]'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void fullIdNumbersShownToAnAuditorAreRecordedPerRecordAndMaskedReadsAreNot() throws Exception {
        String mother = TestIds.validMother();
        String id = register(mother);
        Instant start = Instant.now().minusMillis(5);
        as("reader").when().get(BIRTHS + "/" + id).then().statusCode(200);
        as("auditor").when().get(BIRTHS + "/" + id).then().statusCode(200).body("motherIdNumber", equalTo(mother));
        UUID unknown = UUID.randomUUID();
        as("auditor").when().get(BIRTHS + "/" + unknown).then().statusCode(404);
        assertThat(withoutType(rows("getBirthRegistration", start))).containsExactly(
                row("FULL_ID_SHOWN", "OK", id, "test-auditor"), row("FULL_ID_SHOWN", "NOT_FOUND", unknown, "test-auditor"));

        String family = as("auditor").when().get(BIRTHS + "/" + id).then().extract().path("familyId");
        as("auditor").when().get("/api/v1/families/" + family).then().statusCode(200);
        assertThat(withoutType(rows("getFamily", start))).containsExactly(row("FULL_ID_SHOWN", "OK", family, "test-auditor"));

        int shown = as("auditor").when().get(BIRTHS + "?size=3").then().statusCode(200).extract().path("items.size()");
        assertThat(rows("listBirthRegistrations", start)).hasSize(shown).extracting(r -> r.get(0)).containsOnly("FULL_ID_SHOWN");
    }

    @Test
    void searchesByIdNumberAreRecordedAlsoWhenTheyFindNothingOrAreRefused() throws Exception {
        String mother = TestIds.validMother();
        String id = register(mother);
        String family = as("registrar").when().get(BIRTHS + "/" + id).then().extract().path("familyId");
        Instant start = Instant.now().minusMillis(5);
        as("registrar").contentType(ContentType.JSON).body(Map.of("parentIdNumber", mother)).when()
                .post("/api/v1/families/search").then().statusCode(200);
        as("registrar").contentType(ContentType.JSON).body(Map.of("parentIdNumber", TestIds.validMother())).when()
                .post("/api/v1/families/search").then().statusCode(200);
        as("registrar").contentType(ContentType.JSON).body(Map.of("parentIdNumber", TestIds.withWrongCheckDigit(mother)))
                .when().post("/api/v1/families/search").then().statusCode(400);
        as("reader").contentType(ContentType.JSON).body(Map.of("parentIdNumber", mother)).when()
                .post("/api/v1/families/search").then().statusCode(403);
        as("auditor").contentType(ContentType.JSON).body(Map.of("parentIdNumber", mother)).when()
                .post("/api/v1/families/search").then().statusCode(200);
        assertThat(withoutType(rows("searchFamilies", start))).containsExactly(
                row("SEARCHED_BY_ID_NUMBER", "OK", family, "test-registrar"),
                row("SEARCHED_BY_ID_NUMBER", "NOT_FOUND", null, "test-registrar"),
                row("SEARCHED_BY_ID_NUMBER", "INVALID", null, "test-registrar"),
                row("SEARCHED_BY_ID_NUMBER", "DENIED", null, "test-reader"),
                row("FULL_ID_SHOWN", "OK", family, "test-auditor"),
                row("SEARCHED_BY_ID_NUMBER", "OK", family, "test-auditor"));

        as("employer-hr").contentType(ContentType.JSON).body(Map.of("childIdNumber", TestIds.validMother())).when()
                .post("/api/v1/nursing-leave-checks").then().statusCode(200);
        assertThat(rows("checkNursingLeave", start)).singleElement().satisfies(r -> {
            assertThat(r.subList(0, 2)).containsExactly("SEARCHED_BY_ID_NUMBER", "OK");
            assertThat(r.get(5)).isEqualTo("NURSING_LEAVE_CHECK");
        });
    }

    @Test
    void changesOfHouseholdsAreRecorded() throws Exception {
        Instant start = Instant.now().minusMillis(5);
        String household = as("registrar").contentType(ContentType.JSON).body(HouseholdApiTest.fuzzBody()).when()
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01"))
                .when().post("/api/v1/households/" + household + "/status-changes").then().statusCode(200);
        assertThat(withoutType(rows("enrolHousehold", start))).containsExactly(row("RECORD_CHANGED", "OK", household, "test-registrar"));
        assertThat(withoutType(rows("changeHouseholdStatus", start)))
                .containsExactly(row("RECORD_CHANGED", "OK", household, "test-registrar"));
    }

    @Test
    void onlyAuditorsReadTheTrailAndEachReadIsRecorded() throws Exception {
        String id = register(TestIds.validMother());
        Instant start = Instant.now().minusMillis(5);
        as("auditor").queryParam("recordId", id).queryParam("action", "RECORD_CHANGED").when().get(AUDIT).then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].recordId", equalTo(id))
                .body("items[0].subject", equalTo("test-registrar")).body("items[0].operation", equalTo("registerBirth"))
                .body("items[0].remoteAddress", equalTo("127.0.0.1"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        as("auditor").queryParam("subject", "test-registrar").queryParam("recordType", "BIRTH_REGISTRATION")
                .queryParam("from", today).queryParam("to", today).when().get(AUDIT).then().statusCode(200)
                .body("items.recordId", hasItem(id)).body("items.subject", everyItem(equalTo("test-registrar")));
        as("auditor").queryParam("from", "2026-02-30").when().get(AUDIT).then().statusCode(400);
        for (String role : List.of("registrar", "reader", "reviewer", "administrator")) {
            as(role).when().get(AUDIT).then().statusCode(403);
        }
        given().when().get(AUDIT).then().statusCode(401);
        List<List<String>> reads = rows("listAuditEvents", start);
        assertThat(reads).extracting(r -> r.subList(0, 2)).containsExactly(List.of("AUDIT_READ", "OK"),
                List.of("AUDIT_READ", "OK"), List.of("AUDIT_READ", "INVALID"), List.of("AUDIT_READ", "DENIED"),
                List.of("AUDIT_READ", "DENIED"), List.of("AUDIT_READ", "DENIED"), List.of("AUDIT_READ", "DENIED"));
        assertThat(reads).extracting(r -> r.get(5)).containsOnly("AUDIT_TRAIL");
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARow() throws Exception {
        register(TestIds.validMother());
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET subject = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void theRetentionPurgeRemovesOnlyRowsOlderThanTheRetention() throws Exception {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Instant now = Instant.now();
        insert(old, now.minus(Duration.ofDays(200)));
        insert(recent, now.minus(Duration.ofDays(180)));
        trail.purge(now);
        assertThat(count(old)).isZero();
        assertThat(count(recent)).isOne();
        // the application cannot purge recent rows, whatever it asks: the database refuses
        assertThatThrownBy(() -> trail.purge(now.plus(Duration.ofDays(30)))).isInstanceOf(RuntimeException.class);
        assertThat(count(recent)).isOne();
    }

    @Test
    void aReadWhoseAuditRowCannotBeWrittenShowsNothing() throws Exception {
        String mother = TestIds.validMother();
        String id = register(mother);
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event RENAME TO audit_event_away");
        }
        try {
            String body = as("auditor").when().get(BIRTHS + "/" + id).then().statusCode(503)
                    .body("code", equalTo("audit-unavailable")).extract().asString();
            assertThat(body).doesNotContain(mother);
        } finally {
            try (var c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("ALTER TABLE audit_event_away RENAME TO audit_event");
            }
        }
        as("auditor").when().get(BIRTHS + "/" + id).then().statusCode(200).body("motherIdNumber", equalTo(mother));
    }

    /**
     * A change and its audit row commit together: with every RECORD_CHANGED insert refused by a trigger, a registration
     * and a status change answer 503 and leave nothing behind; without it, each change has exactly one row.
     */
    @Test
    void aChangeWhoseAuditRowCannotBeWrittenIsNotMade() throws Exception {
        String household = as("registrar").contentType(ContentType.JSON).body(HouseholdApiTest.fuzzBody()).when()
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String mother = TestIds.validMother();
        Map<String, Object> birth = BirthRequests.valid();
        birth.put("motherIdNumber", mother);
        Supplier<Map<String, Long>> stored = StoredRows.in(dataSource, "birth_registration", "birth_registration_revision",
                "family", "family_child", "joint_application", "household_status_change");
        Map<String, Long> before = stored.get();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE FUNCTION test_audit_refused() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'audit trail refused by the test'; END $$");
            s.execute("CREATE TRIGGER test_audit_refused BEFORE INSERT ON audit_event FOR EACH ROW "
                    + "WHEN (NEW.action = 'RECORD_CHANGED') EXECUTE FUNCTION test_audit_refused()");
        }
        try {
            String body = as("registrar").contentType(ContentType.JSON).body(birth).when().post(BIRTHS).then()
                    .statusCode(503).header("Retry-After", notNullValue()).body("code", equalTo("audit-unavailable"))
                    .extract().asString();
            assertThat(body).doesNotContain(mother);
            as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01"))
                    .when().post("/api/v1/households/" + household + "/status-changes").then().statusCode(503)
                    .body("code", equalTo("audit-unavailable"));
        } finally {
            try (var c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("DROP TRIGGER test_audit_refused ON audit_event");
                s.execute("DROP FUNCTION test_audit_refused()");
            }
        }
        assertThat(stored.get()).isEqualTo(before);
        as("registrar").when().get("/api/v1/households/" + household).then().statusCode(200).body("status", equalTo("ACTIVE"));

        Instant start = Instant.now().minusMillis(5);
        String id = as("registrar").contentType(ContentType.JSON).body(birth).when().post(BIRTHS).then().statusCode(201)
                .extract().path("id");
        as("registrar").contentType(ContentType.JSON).body(Map.of("kind", "MOVED_AWAY", "effectiveOn", "2025-01-01"))
                .when().post("/api/v1/households/" + household + "/status-changes").then().statusCode(200);
        assertThat(withoutType(rows("registerBirth", start))).containsExactly(row("RECORD_CHANGED", "OK", id, "test-registrar"));
        assertThat(withoutType(rows("changeHouseholdStatus", start)))
                .containsExactly(row("RECORD_CHANGED", "OK", household, "test-registrar"));
    }

    void insert(UUID record, Instant at) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, "
                + "subject, action, record_type, record_id, outcome, operation) VALUES (?, ?, 'test-retention', "
                + "'FULL_ID_SHOWN', 'FAMILY', ?, 'OK', 'getFamily')")) {
            s.setObject(1, UUID.randomUUID());
            s.setTimestamp(2, Timestamp.from(at));
            s.setObject(3, record);
            s.executeUpdate();
        }
    }

    long count(UUID record) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE record_id = ?")) {
            s.setObject(1, record);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
