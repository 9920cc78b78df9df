package cn.gov.zhangping.fertility.familysupport.application.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The working-day calendar is kept in memory, but a day put through the API is seen by the very next registration. */
@QuarkusTest
class CalendarCacheTest {

    @Test
    void aDayPutIsSeenByTheNextRegistration() {
        LocalDate due = firstDueDate();
        assertThat(firstDueDate()).as("the calendar kept between registrations").isEqualTo(due);
        try {
            put(due, false, "测试假日");
            assertThat(firstDueDate()).as("the due day became a holiday: the limit ends a working day later")
                    .isAfter(due);
        } finally {
            put(due, true, "测试：恢复为工作日");
        }
        assertThat(firstDueDate()).isEqualTo(due);
    }

    private static LocalDate firstDueDate() {
        String id = JointApplicationApiTest.register(BirthRequests.valid());
        String dueOn = JointApplicationApiTest.as("reader").when().get(JointApplicationApiTest.APPLICATIONS + "/" + id)
                .then().statusCode(200).extract().path("subMatters[0].dueOn");
        return LocalDate.parse(dueOn);
    }

    private static void put(LocalDate day, boolean working, String name) {
        JointApplicationApiTest.as("administrator").contentType(ContentType.JSON)
                .body(Map.of("working", working, "name", name, "source", "CalendarCacheTest"))
                .when().put("/api/v1/working-calendar/" + day).then().statusCode(200);
    }
}
