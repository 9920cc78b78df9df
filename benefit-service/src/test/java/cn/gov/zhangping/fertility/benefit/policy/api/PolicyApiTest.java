package cn.gov.zhangping.fertility.benefit.policy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.testkit.StoredRows;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyApiTest {

    private static final String POLICIES = "/api/v1/policies";

    @Inject
    DataSource dataSource;

    @Test
    void theCatalogueHasEveryBenefitWithItsSourceLevelAndPayers() {
        JsonPath all = given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(POLICIES).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("code")).containsExactly(
                java.util.Arrays.stream(PolicyCode.values()).map(Enum::name).toArray());
        assertThat(all.getString("find { it.code == 'PARENTAL_LEAVE' }.level")).isEqualTo("PROVINCIAL");
        assertThat(all.getString("find { it.code == 'PARENTAL_LEAVE' }.versions[0].effectiveTo")).isNull();
        assertThat(all.getString("find { it.code == 'NUTRITION_PACK' }.versions[0].effectiveTo")).isEqualTo("2025-12-31");
        assertThat(all.getList("find { it.code == 'CHILDCARE_FEE_REDUCTION' }.payers.payer"))
                .containsExactly("LONGYAN_PREFECTURE_FINANCE", "ZHANGPING_CITY_FINANCE");
        assertThat(all.getList("find { it.code == 'CHILDCARE_FEE_REDUCTION' }.payers.percent", Float.class))
                .containsExactly(20.0f, 80.0f);
        assertThat(all.getList("versions.flatten().source", String.class)).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(all.getList("find { it.code == 'CHILD_CARE_TAX_DEDUCTION' }.versions.terms.flatten().amount", Float.class))
                .containsExactly(1000.0f, 2000.0f);
    }

    @Test
    void anAdministratorPublishesAVersionThatContinuesTheNumbering() {
        String body = """
                {"effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31","terms":[{"minBirthOrder":3},{"specialFamily":true}],
                 "source":"漳政办规〔2026〕1号 二(四)12"}""";
        JsonPath published = given().header("Authorization", TestTokens.bearer("administrator"))
                .contentType("application/json").body(body)
                .when().post(POLICIES + "/PUBLIC_RENTAL_PRIORITY/versions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(published.getList("versions.number", Integer.class)).containsExactly(1, 2);
        assertThat(published.getString("versions[1].effectiveFrom")).isEqualTo("2026-01-01");
        assertThat(published.getString("versions[1].publishedAt")).isNotNull();
        assertThat(published.getString("versions[0].publishedAt")).isNull();

        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(POLICIES + "/PUBLIC_RENTAL_PRIORITY")
                .then().statusCode(200).body("versions[1].source", equalTo("漳政办规〔2026〕1号 二(四)12"));
    }

    @Test
    void anOverlappingVersionIsRefusedAndNothingIsStored() {
        var before = StoredRows.in(dataSource, "policy_version", "policy_version_tier").get();
        String overlapping = """
                {"effectiveFrom":"2025-12-01","effectiveTo":"2025-12-15","ageFromMonths":6,"ageToMonths":24,
                 "terms":[{"percent":100}],"source":"test"}""";
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json").body(overlapping)
                .when().post(POLICIES + "/NUTRITION_PACK/versions")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("version-overlap"));
        assertThat(StoredRows.in(dataSource, "policy_version", "policy_version_tier").get()).isEqualTo(before);
    }

    @Test
    void aVersionReachingBackReplacesTheRestOfTheOneInForce() {
        String raised = """
                {"effectiveFrom":"2024-07-01","effectiveTo":null,"terms":[{"minBirthOrder":2,"amount":900},
                 {"minBirthOrder":3,"amount":1200}],"source":"住房公积金管理中心 2024-06 通知"}""";
        JsonPath policy = given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body(raised).when().post(POLICIES + "/HPF_RENT_WITHDRAWAL_LIMIT/versions")
                .then().statusCode(201).extract().jsonPath();
        assertThat(policy.getString("versions[0].effectiveTo")).isEqualTo("2025-12-31");
        assertThat(policy.getString("versions[0].supersededFrom")).isEqualTo("2024-07-01");
        assertThat(policy.getInt("versions[1].supersedes")).isEqualTo(1);
        // a version reaching into the second without covering the rest of it is refused
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body("""
                        {"effectiveFrom":"2025-01-01","effectiveTo":"2025-06-30","terms":[{"minBirthOrder":2,"amount":1}],
                         "source":"test"}""")
                .when().post(POLICIES + "/HPF_RENT_WITHDRAWAL_LIMIT/versions")
                .then().statusCode(409).body("code", equalTo("version-overlap"));
    }

    @Test
    void termsMustFitThePolicysUnit() {
        // a percent for a money benefit, and nothing at all for days of leave
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body("""
                        {"effectiveFrom":"2030-01-01","terms":[{"minBirthOrder":3,"percent":50}],"source":"test"}""")
                .when().post(POLICIES + "/HOME_PURCHASE_SUBSIDY/versions")
                .then().statusCode(400).body("errors.field", hasItem("terms[0]"));
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body("""
                        {"effectiveFrom":"2030-01-01","effectiveTo":"2029-12-31","terms":[{}],"source":"test"}""")
                .when().post(POLICIES + "/ONLY_CHILD_PARENT_NURSING_LEAVE/versions")
                .then().statusCode(400).body("errors.field", hasItem("terms[0]")).body("errors.field", hasItem("effectiveTo"));
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body("""
                        {"effectiveFrom":"2030-01-01","terms":[{"amount":20000.001}],"source":"test"}""")
                .when().post(POLICIES + "/HOME_PURCHASE_SUBSIDY/versions")
                .then().statusCode(400).body("errors.field", hasItem("terms[0].amount"));
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json")
                .body("""
                        {"effectiveFrom":"9999-01-01","terms":[{"amount":1}],"source":"test"}""")
                .when().post(POLICIES + "/HOME_PURCHASE_SUBSIDY/versions")
                .then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));
    }

    @Test
    void onlyAnAdministratorPublishesAndAnUnknownPolicyIsNotFound() {
        String body = """
                {"effectiveFrom":"2040-01-01","terms":[{"amount":1}],"source":"test"}""";
        for (String role : List.of("reader", "registrar", "auditor")) {
            given().header("Authorization", TestTokens.bearer(role)).contentType("application/json").body(body)
                    .when().post(POLICIES + "/HOME_PURCHASE_SUBSIDY/versions").then().statusCode(403);
        }
        given().contentType("application/json").body(body)
                .when().post(POLICIES + "/HOME_PURCHASE_SUBSIDY/versions").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("administrator")).contentType("application/json").body(body)
                .when().post(POLICIES + "/NO_SUCH_POLICY/versions").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(POLICIES + "/home_purchase_subsidy").then().statusCode(404);
    }

    @Test
    void ofVersionsPublishedAtOnceThatOverlapOneIsPublished() throws Exception {
        String body = """
                {"effectiveFrom":"2050-01-01","effectiveTo":"2050-12-31","terms":[{"minBirthOrder":2,"amount":150000}],
                 "source":"concurrent"}""";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().header("Authorization", TestTokens.bearer("administrator"))
                        .contentType("application/json").body(body)
                        .when().post(POLICIES + "/HPF_LOAN_CEILING_INCREASE/versions").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", TestTokens.bearer("reader"))
                .when().get(POLICIES + "/HPF_LOAN_CEILING_INCREASE")
                .then().statusCode(200).body("versions.size()", equalTo(2));
    }
}
