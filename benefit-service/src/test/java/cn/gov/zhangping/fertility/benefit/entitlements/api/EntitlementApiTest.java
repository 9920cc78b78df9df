package cn.gov.zhangping.fertility.benefit.entitlements.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntitlementApiTest {

    private static final String ENTITLEMENTS = "/api/v1/entitlements";
    private static final String RULES = "/api/v1/entitlement-rules";

    private static JsonPath rules() {
        return given().header("Authorization", TestTokens.bearer("auditor"))
                .when().get(RULES)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rule(JsonPath rules, String code) {
        return rules.getMap("find { it.code == '" + code + "' }");
    }

    @Test
    void theCatalogueHoldsThePlansRulesWithTheirSources() {
        JsonPath rules = rules();
        assertThat(rules.getList("code")).containsExactlyInAnyOrder("PARENTAL_LEAVE_MOTHER_2023", "PARENTAL_LEAVE_FATHER_2023",
                "NUTRITION_PACK_2023", "CHILDCARE_FEE_THIRD_CHILD_2023", "CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        assertThat(rules.getList("effectiveFrom")).containsOnly("2023-04-10");
        assertThat(rules.getList("effectiveTo")).containsOnlyNulls();
        assertThat(rules.getList("note", String.class)).allSatisfy(note -> assertThat(note).contains("2025-12-31"));

        for (String parent : List.of("MOTHER", "FATHER")) {
            assertThat(rule(rules, "PARENTAL_LEAVE_" + parent + "_2023"))
                    .containsEntry("entitlementCode", "PARENTAL_LEAVE").containsEntry("beneficiary", parent)
                    .containsEntry("quantity", 10).containsEntry("unit", "DAYS_PER_YEAR")
                    .containsEntry("ageFromMonths", 0).containsEntry("ageToMonths", 36)
                    .containsEntry("specialFamilyOnly", false).containsEntry("source", "漳政办规〔2023〕2号 二(四)11");
        }
        Map<String, Object> pack = rule(rules, "NUTRITION_PACK_2023");
        assertThat(pack).containsEntry("beneficiary", "CHILD").containsEntry("ageFromMonths", 6).containsEntry("ageToMonths", 24)
                .containsEntry("source", "漳政办规〔2023〕2号 二(二)6");
        assertThat(((Number) pack.get("percent")).doubleValue()).isEqualTo(100.0);

        Map<String, Object> third = rule(rules, "CHILDCARE_FEE_THIRD_CHILD_2023");
        assertThat(third).containsEntry("minBirthOrder", 3).containsEntry("specialFamilyOnly", false)
                .containsEntry("ageToMonths", 36).containsEntry("source", "漳政办规〔2023〕2号 二(三)8");
        assertThat(((Number) third.get("percent")).doubleValue()).isEqualTo(50.0);
        Map<String, Object> special = rule(rules, "CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        assertThat(special).containsEntry("specialFamilyOnly", true).containsEntry("minBirthOrder", null);
        assertThat(((Number) special.get("percent")).doubleValue()).isEqualTo(100.0);
        for (String fee : List.of("CHILDCARE_FEE_THIRD_CHILD_2023", "CHILDCARE_FEE_SPECIAL_FAMILY_2023")) {
            String shares = "find { it.code == '" + fee + "' }.costShare";
            assertThat(rules.getList(shares + ".payerName")).containsExactly("龙岩市级财政", "漳平市财政");
            assertThat(rules.getList(shares + ".parts", Integer.class)).containsExactly(2, 8);
        }
        assertThat(rules.getList("find { it.code == 'NUTRITION_PACK_2023' }.costShare")).isEmpty();
    }

    @Test
    void theBirthRegistrationIsRequired() {
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(ENTITLEMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("birthRegistrationId"))
                .body("errors.message", hasItem("is required"));
    }

    @Test
    void theBirthRegistrationMustBeAUuid() {
        given().header("Authorization", TestTokens.bearer("reader")).queryParam("birthRegistrationId", "abc")
                .when().get(ENTITLEMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("birthRegistrationId"))
                .body("errors.message", hasItem("must be a UUID"));
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", UUID.randomUUID() + "x")
                .when().get(ENTITLEMENTS)
                .then().statusCode(400).body("errors.field", hasItem("birthRegistrationId"));
    }

    @Test
    void pagesAreBounded() {
        given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("birthRegistrationId", UUID.randomUUID().toString()).queryParam("size", 1000)
                .when().get(ENTITLEMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
    }

    @Test
    void aBirthWithNothingRecordedGivesAnEmptyPage() {
        given().header("Authorization", TestTokens.bearer("registrar"))
                .queryParam("birthRegistrationId", UUID.randomUUID().toString())
                .when().get(ENTITLEMENTS)
                .then().statusCode(200).contentType("application/json")
                .body("totalItems", equalTo(0)).body("items.size()", equalTo(0)).body("page", equalTo(0));
    }

    @Test
    void readsNeedAToken() {
        String id = UUID.randomUUID().toString();
        given().queryParam("birthRegistrationId", id).when().get(ENTITLEMENTS)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().when().get(RULES)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().header("Authorization", TestTokens.foreignBearer("reader")).when().get(RULES).then().statusCode(401);
    }

    @Test
    void readsNeedAReadingRole() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.bearer("nobody")).queryParam("birthRegistrationId", id)
                .when().get(ENTITLEMENTS)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        given().header("Authorization", TestTokens.bearer("nobody")).when().get(RULES)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        for (String role : List.of("reader", "auditor", "registrar")) {
            given().header("Authorization", TestTokens.bearer(role)).when().get(RULES).then().statusCode(200);
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndItsProblems() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> list = doc.getMap("paths.'/api/v1/entitlements'.get");
        assertThat(list).containsEntry("operationId", "listEntitlements");
        assertThat(doc.getMap("paths.'/api/v1/entitlements'.get.responses")).containsKeys("200", "400", "401", "403");
        String page = "paths.'/api/v1/entitlements'.get.responses.'200'.content.'application/json'";
        assertThat(doc.getMap(page + ".examples")).containsKey("third child");
        assertThat(doc.getString(page + ".schema.'$ref'")).isEqualTo("#/components/schemas/EntitlementPage");
        assertThat(doc.getString("components.schemas.EntitlementPage.properties.items.items.'$ref'"))
                .isEqualTo("#/components/schemas/Entitlement");
        assertThat(doc.getString("components.schemas.Entitlement.properties.history.items.'$ref'"))
                .isEqualTo("#/components/schemas/EntitlementChange");
        assertThat(doc.getList("components.schemas.EntitlementStatus.enum", String.class))
                .containsExactly("ELIGIBLE", "HELD", "WITHDRAWN");
        assertThat(doc.getList("components.schemas.ChangeType.enum", String.class))
                .containsExactly("GRANTED", "CHANGED", "WITHDRAWN", "HELD", "RELEASED");
        assertThat(doc.getString("paths.'/api/v1/entitlements'.get.parameters.find { it.name == 'birthRegistrationId' }.required"))
                .isEqualTo("true");
        Map<String, Object> rulesOp = doc.getMap("paths.'/api/v1/entitlement-rules'.get");
        assertThat(rulesOp).containsEntry("operationId", "listEntitlementRules");
        assertThat(doc.getMap("paths.'/api/v1/entitlement-rules'.get.responses")).containsKeys("200", "401", "403");
        assertThat(doc.getString("paths.'/api/v1/entitlement-rules'.get.responses.'200'.content.'application/json'.schema.items.'$ref'"))
                .isEqualTo("#/components/schemas/EntitlementRule");
        assertThat(doc.getString("paths.'/api/v1/entitlement-rules'.get.responses.'401'.'$ref'"))
                .isEqualTo("#/components/responses/Unauthorized");
    }
}
