package cn.gov.zhangping.fertility.familysupport.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdApiTest;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Key rotation while the service runs: values sealed with the key "default" (fertility.pii.encryption-key) end under
 * the current key "k2" (test configuration), read back identically, and the API answers throughout.
 */
@QuarkusTest
class KeyRotationTest {

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataProtector protector;

    @Inject
    KeyRotation rotation;

    @Inject
    MeterRegistry registry;

    /** Every ciphertext column of one record: table, column, row id. */
    record Cell(String table, String column, UUID id) {
    }

    @Test
    void valuesUnderAnOldKeyEndUnderTheCurrentOneAndReadBackIdentically() throws Exception {
        assertThat(protector.currentKeyId()).isEqualTo("k2");
        Map<String, String> mothers = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = BirthRequests.valid();
            String id = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                    .body(body).when().post("/api/v1/birth-registrations").then().statusCode(201).extract().path("id");
            mothers.put(id, (String) body.get("motherIdNumber"));
        }
        String household = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(HouseholdApiTest.fuzzBody()).when().post("/api/v1/households").then().statusCode(201).extract().path("id");
        List<String> members = given().header("Authorization", TestTokens.bearer("auditor")).when()
                .get("/api/v1/households/" + household).then().statusCode(200).extract().path("members.idNumber");

        List<Cell> cells = cells(mothers.keySet(), UUID.fromString(household));
        assertThat(cells).hasSizeGreaterThanOrEqualTo(7 + 7 + 2);
        try (Connection c = dataSource.getConnection()) {
            for (Cell cell : cells) {
                byte[] current = read(c, cell);
                assertThat(protector.keyId(current)).isEqualTo("k2");
                write(c, cell, protector.encrypt(PersonalDataProtector.LEGACY_KEY_ID, protector.decrypt(current)));
            }
        }
        assertThat(rotation.underOldKeys()).isGreaterThanOrEqualTo(cells.size());

        // one row held by a request's transaction is skipped, not waited for, and taken by the next pass
        Cell held = cells.get(0);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var s = lock.prepareStatement("SELECT 1 FROM " + held.table + " WHERE id = ? FOR UPDATE")) {
                s.setObject(1, held.id);
                s.executeQuery().close();
            }
            CompletableFuture<Long> pass = CompletableFuture.supplyAsync(rotation::rotate);
            int answered = 0;
            do {
                for (var m : mothers.entrySet()) {
                    given().header("Authorization", TestTokens.bearer("auditor")).when()
                            .get("/api/v1/birth-registrations/" + m.getKey()).then().statusCode(200)
                            .body("motherIdNumber", equalTo(m.getValue()));
                    answered++;
                }
            } while (!pass.isDone());
            assertThat(pass.get()).isGreaterThanOrEqualTo(cells.size() - 1L);
            assertThat(answered).isPositive();
            assertThat(rotation.underOldKeys()).isEqualTo(1);
            lock.rollback();
        }
        rotation.rotate();
        assertThat(rotation.underOldKeys()).isZero();
        assertThat(registry.find("fertility_pii_values_under_old_keys").gauge().value()).isZero();
        assertThat(registry.find("fertility_pii_values_reencrypted_total").counter().count()).isGreaterThanOrEqualTo(cells.size());

        try (Connection c = dataSource.getConnection()) {
            for (Cell cell : cells) {
                assertThat(protector.keyId(read(c, cell))).isEqualTo("k2");
            }
        }
        for (var m : mothers.entrySet()) {
            given().header("Authorization", TestTokens.bearer("auditor")).when()
                    .get("/api/v1/birth-registrations/" + m.getKey()).then().statusCode(200)
                    .body("motherIdNumber", equalTo(m.getValue()));
        }
        given().header("Authorization", TestTokens.bearer("auditor")).when().get("/api/v1/households/" + household)
                .then().statusCode(200).body("members.idNumber", equalTo(members));
        // the keyed index did not change: a search by the number still finds the family
        String mother = mothers.values().iterator().next();
        given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(Map.of("parentIdNumber", mother)).when().post("/api/v1/families/search").then().statusCode(200)
                .body("size()", equalTo(1));
    }

    /** A lookup index of one record: table, index column, ciphertext column, row id. */
    record IndexCell(String table, String column, String cipher, UUID id) {
    }

    /**
     * Rotation of the index key while the API answers: indexes put back under the key "default" are recomputed under
     * the current index key "i2" (test configuration), and a search by identity number finds each family before,
     * during and after; a birth registered again meanwhile is still recognised.
     */
    @Test
    void indexesUnderAnOldIndexKeyAreRecomputedWhileSearchesFindTheFamily() throws Exception {
        assertThat(protector.currentIndexKeyId()).isEqualTo("i2");
        Map<String, String> mothers = new HashMap<>();
        Map<String, Object> again = null;
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = BirthRequests.valid();
            String id = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                    .body(body).when().post("/api/v1/birth-registrations").then().statusCode(201).extract().path("id");
            mothers.put(id, (String) body.get("motherIdNumber"));
            again = body;
        }
        List<IndexCell> cells = new ArrayList<>();
        for (Cell c : cells(mothers.keySet(), UUID.randomUUID())) {
            cells.add(new IndexCell(c.table, c.column.replace("_cipher", "_index"), c.column, c.id));
        }
        try (Connection c = dataSource.getConnection()) {
            for (IndexCell cell : cells) {
                String clear = protector.decrypt(read(c, new Cell(cell.table, cell.cipher, cell.id)));
                assertThat(index(c, cell)).isEqualTo(protector.index(clear)).startsWith("i2:");
                try (var s = c.prepareStatement("UPDATE " + cell.table + " SET " + cell.column + " = ? WHERE id = ?")) {
                    s.setString(1, protector.index(PersonalDataProtector.LEGACY_KEY_ID, clear));
                    s.setObject(2, cell.id);
                    s.executeUpdate();
                }
            }
        }
        assertThat(rotation.indexesUnderOldKeys()).isGreaterThanOrEqualTo(cells.size());

        // before: found through the old index key; the same birth again is recognised
        findsOneFamilyEach(mothers);
        given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON).body(again)
                .when().post("/api/v1/birth-registrations").then().statusCode(409)
                .body("code", equalTo("birth-already-registered"));

        // during: one family row held by a request's transaction is skipped, and taken by the next pass
        IndexCell held = cells.stream().filter(c -> c.table.equals("family")).findFirst().orElseThrow();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var s = lock.prepareStatement("SELECT 1 FROM family WHERE id = ? FOR UPDATE")) {
                s.setObject(1, held.id);
                s.executeQuery().close();
            }
            CompletableFuture<Long> pass = CompletableFuture.supplyAsync(rotation::reindex);
            int answered = 0;
            do {
                findsOneFamilyEach(mothers);
                answered++;
            } while (!pass.isDone());
            assertThat(pass.get()).isGreaterThanOrEqualTo(cells.size() - 2L); // the held row's mother and father
            assertThat(answered).isPositive();
            assertThat(rotation.indexesUnderOldKeys()).isBetween(1L, 2L);
            lock.rollback();
        }
        rotation.reindex();
        assertThat(rotation.indexesUnderOldKeys()).isZero();
        assertThat(registry.find("fertility_pii_indexes_under_old_keys").gauge().value()).isZero();
        assertThat(registry.find("fertility_pii_indexes_recomputed_total").counter().count())
                .isGreaterThanOrEqualTo(cells.size());

        // after: every index under "i2", and found
        try (Connection c = dataSource.getConnection()) {
            for (IndexCell cell : cells) {
                assertThat(index(c, cell)).startsWith("i2:");
            }
        }
        findsOneFamilyEach(mothers);
    }

    static void findsOneFamilyEach(Map<String, String> mothers) {
        for (String mother : mothers.values()) {
            given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                    .body(Map.of("parentIdNumber", mother)).when().post("/api/v1/families/search").then().statusCode(200)
                    .body("size()", equalTo(1));
        }
    }

    static String index(Connection c, IndexCell cell) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + cell.column + " FROM " + cell.table + " WHERE id = ?")) {
            s.setObject(1, cell.id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    List<Cell> cells(Iterable<String> registrations, UUID household) throws SQLException {
        List<Cell> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String r : registrations) {
                UUID id = UUID.fromString(r);
                cells.add(new Cell("birth_registration", "mother_id_cipher", id));
                try (var s = c.prepareStatement("SELECT f.id, f.father_id_cipher IS NOT NULL FROM family f "
                        + "JOIN birth_registration b ON b.family_id = f.id WHERE b.id = ?")) {
                    s.setObject(1, id);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        UUID family = rs.getObject(1, UUID.class);
                        cells.add(new Cell("family", "mother_id_cipher", family));
                        if (rs.getBoolean(2)) {
                            cells.add(new Cell("family", "father_id_cipher", family));
                        }
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT id FROM household_member WHERE household_id = ?")) {
                s.setObject(1, household);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        cells.add(new Cell("household_member", "id_number_cipher", rs.getObject(1, UUID.class)));
                    }
                }
            }
        }
        return cells;
    }

    static byte[] read(Connection c, Cell cell) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + cell.column + " FROM " + cell.table + " WHERE id = ?")) {
            s.setObject(1, cell.id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    static void write(Connection c, Cell cell, byte[] value) throws SQLException {
        try (var s = c.prepareStatement("UPDATE " + cell.table + " SET " + cell.column + " = ? WHERE id = ?")) {
            s.setBytes(1, value);
            s.setObject(2, cell.id);
            s.executeUpdate();
        }
    }
}
