package cn.gov.zhangping.fertility.familysupport.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The register is in force per township: community events published through the broker make family-support refuse
 * a birth in an unknown community of that township, while a township with no published community accepts any
 * well-formed code. Uses townships no other test of this module registers births in.
 */
@QuarkusTest
class CommunityRegisterTest {

    private static final String TOWNSHIP = "350881108";
    private static final String EMPTY_TOWNSHIP = "350881109";

    @Inject
    CommunityRegister register;

    private static void publish(String code, int revision) {
        String data = """
                {"communityCode":"%s","townshipCode":"%s","name":"西园村","areaType":"RURAL",
                 "populations":[{"year":2025,"residents":1500}],"revision":%d,"changedAt":"2026-11-30T08:00:00Z"}"""
                .formatted(code, code.substring(0, 9), revision);
        TestKafka.send(CommunityEventTypes.TOPIC, code, data, TestKafka.cloudEvent(UUID.randomUUID().toString(),
                CommunityEventTypes.CHANGED_V1, CommunityEventTypes.SOURCE, code));
    }

    /** Registers a birth in the community; fails, with the answer, unless it is 201. */
    private static void registered(String township, String community) {
        Map<String, Object> body = BirthRequests.valid();
        body.put("townshipCode", township);
        body.put("communityCode", community);
        var answer = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/birth-registrations").then().extract();
        assertThat(answer.statusCode()).as("%s in %s: %s", community, township, answer.asString()).isEqualTo(201);
    }

    @Test
    void aBirthInACommunityTheTownshipsRegisterDoesNotKnowIsRefused() {
        registered(EMPTY_TOWNSHIP, EMPTY_TOWNSHIP + "123");
        publish(TOWNSHIP + "001", 1);
        publish(TOWNSHIP + "002", 1);
        publish(TOWNSHIP + "001", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> register.admits(TOWNSHIP, TOWNSHIP + "002")
                && !register.admits(TOWNSHIP, TOWNSHIP + "999"));

        registered(TOWNSHIP, TOWNSHIP + "001");
        registered(TOWNSHIP, TOWNSHIP + "002");
        Map<String, Object> body = BirthRequests.valid();
        body.put("townshipCode", TOWNSHIP);
        body.put("communityCode", TOWNSHIP + "999");
        given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/birth-registrations").then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors.field", hasItem("communityCode"));
        // a township with no published community still accepts any code under it
        registered(EMPTY_TOWNSHIP, EMPTY_TOWNSHIP + "456");
    }
}
