package cn.gov.zhangping.fertility.childcare.coverage;

import static cn.gov.zhangping.fertility.childcare.ChildcareFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.childcare.ChildcareFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Uses 新桥镇 (350881100), where no other test registers communities or nurseries. */
@QuarkusTest
class CoverageTest {

    private static final String TOWNSHIP = "350881100";

    private static Map<String, Object> township(JsonPath coverage) {
        return coverage.<Map<String, Object>>getList("townships").stream()
                .filter(t -> TOWNSHIP.equals(t.get("townshipCode"))).findFirst().orElseThrow();
    }

    private static JsonPath coverage() {
        return as("reader").queryParam("year", 2025).when().get("/api/v1/childcare-coverage").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aTownshipOf20000ResidentsMustOfferInclusiveChildcareAndOneOf19999NeedNot() {
        String code = TOWNSHIP + "001";
        as("administrator").body(Map.of("code", code, "townshipCode", TOWNSHIP, "name", "新桥社区", "areaType", "URBAN",
                "populations", List.of(Map.of("year", 2025, "residents", 19_999)))).when().post("/api/v1/communities")
                .then().statusCode(201);
        JsonPath before = coverage();
        assertThat(township(before)).containsEntry("residents", 19_999).containsEntry("mustOfferInclusive", false)
                .containsEntry("offersInclusive", false).containsEntry("slotsPer1000", 0.0f);
        assertThat(before.getFloat("slotsPer1000Target")).isEqualTo(4.5f);
        assertThat(before.getFloat("inclusiveShareTarget")).isEqualTo(60f);

        as("administrator").body(Map.of("name", "新桥社区", "areaType", "URBAN",
                "populations", List.of(Map.of("year", 2025, "residents", 20_000)))).when().put("/api/v1/communities/" + code)
                .then().statusCode(200);
        String nursery = as("registrar").body(ChildcareFixtures.institutionBody(TOWNSHIP, code, "PUBLIC_INCLUSIVE", 100))
                .when().post("/api/v1/childcare-institutions").then().statusCode(201).extract().path("id");
        ChildcareFixtures.moveTo(nursery, "FILED");
        ChildcareFixtures.moveTo(nursery, "OPERATING");
        JsonPath after = coverage();
        assertThat(township(after)).containsEntry("residents", 20_000).containsEntry("mustOfferInclusive", true)
                .containsEntry("offersInclusive", true).containsEntry("slots", 100).containsEntry("inclusiveSlots", 5)
                .containsEntry("slotsPer1000", 5.0f).containsEntry("inclusiveSharePercent", 5.0f);
        assertThat(after.getLong("townshipsRequiredOffering")).isGreaterThanOrEqualTo(1);
        assertThat(after.getLong("urbanCommunitiesWithInclusive")).isGreaterThan(before.getLong("urbanCommunitiesWithInclusive"));
        as("reader").when().get("/api/v1/childcare-coverage").then().statusCode(400);
        as("reader").queryParam("year", 1999).when().get("/api/v1/childcare-coverage").then().statusCode(400);
        as("nobody").queryParam("year", 2025).when().get("/api/v1/childcare-coverage").then().statusCode(403);
    }
}
