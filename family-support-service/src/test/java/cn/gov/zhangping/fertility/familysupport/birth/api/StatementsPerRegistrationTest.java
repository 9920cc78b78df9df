package cn.gov.zhangping.fertility.familysupport.birth.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.zhangping.fertility.familysupport.SqlStatementLog;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The SQL round trips of one birth registration (a new mother with one earlier child declared, an idempotency key,
 * the joint application opened), counted on the thread that served it, so that a change that adds round trips fails
 * here. Raise the bound only for a statement the registration really needs, and say which in the commit.
 */
@QuarkusTest
class StatementsPerRegistrationTest {

    /** What one registration needed when this test was written, measured (see the printed list). */
    static final int MAX_STATEMENTS = 13;

    @Test
    void aRegistrationTakesAFixedSmallNumberOfStatements() {
        register(); // warm: the reference data is read once, not per registration
        List<SqlStatementLog.Statement> seen = SqlStatementLog.during(this::register);
        Set<String> threads = seen.stream().filter(s -> s.sql().toLowerCase(Locale.ROOT).startsWith("insert into birth_registration "))
                .map(SqlStatementLog.Statement::thread).collect(Collectors.toSet());
        assertThat(threads).as("one thread served the registration").hasSize(1);
        List<String> registration = seen.stream().filter(s -> threads.contains(s.thread())).map(SqlStatementLog.Statement::sql)
                .toList();
        System.out.println("statements per registration: " + registration.size() + "\n  "
                + registration.stream().map(s -> s.length() > 140 ? s.substring(0, 140) + "…" : s)
                .collect(Collectors.joining("\n  ")));
        assertThat(registration).as("no reference data read per registration")
                .noneMatch(s -> s.contains("review_bound") || s.contains("working_calendar_day") || s.contains("sub_matter_rule"));
        assertThat(registration).hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private void register() {
        given().header("Authorization", TestTokens.bearer("registrar")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post("/api/v1/birth-registrations").then().statusCode(201);
    }
}
