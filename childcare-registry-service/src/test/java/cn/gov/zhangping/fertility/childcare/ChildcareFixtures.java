package cn.gov.zhangping.fertility.childcare;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.CreditCode;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Communities, nurseries and children for the API tests, each new so that tests do not see each other's. */
public final class ChildcareFixtures {

    private static final Random RANDOM = new Random();
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ChildcareFixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    /** A new valid unified social credit code. */
    public static synchronized String creditCode() {
        StringBuilder b = new StringBuilder("52350881");
        for (int i = 0; i < 9; i++) {
            b.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return b.toString() + CreditCode.checkCharacter(b.toString());
    }

    /** A community of the township in the register (added when new), its code. */
    public static String community(String township) {
        while (true) {
            String code = township + String.format("%03d", RANDOM.nextInt(1000));
            int status = as("administrator").body(Map.of("code", code, "townshipCode", township, "name", "社区" + code.substring(9),
                    "areaType", "URBAN", "populations", List.of(Map.of("year", 2025, "residents", 5000)))).when()
                    .post("/api/v1/communities").then().extract().statusCode();
            if (status == 201) {
                return code;
            }
        }
    }

    public static Map<String, Object> institutionBody(String township, String community, String kind, int slots) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "托育园 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("creditCode", creditCode());
        body.put("kind", kind);
        body.put("inclusive", true);
        body.put("townshipCode", township);
        body.put("communityCode", community);
        body.put("address", "测试路 1 号");
        body.put("totalSlots", slots);
        body.put("inclusiveSlots", Math.min(slots, 5));
        body.put("ageGroups", List.of("FROM_1_TO_2", "FROM_2_TO_3"));
        body.put("monthlyFee", 1200.00);
        body.put("operator", "漳平市国有资产投资集团");
        return body;
    }

    /** A registered institution's id. */
    public static String institution(String township, String kind, int slots) {
        return as("registrar").body(institutionBody(township, community(township), kind, slots)).when()
                .post("/api/v1/childcare-institutions").then().statusCode(201).extract().path("id");
    }

    public static void moveTo(String id, String status) {
        as("registrar").body(Map.of("status", status, "reason", "测试")).when()
                .post("/api/v1/childcare-institutions/" + id + "/status-changes").then().statusCode(200);
    }

    /** An operating nursery's id. */
    public static String operatingNursery(String township, String kind, int slots) {
        String id = institution(township, kind, slots);
        moveTo(id, "FILED");
        moveTo(id, "OPERATING");
        return id;
    }

    /** A child of the under-3 register (as the birth events place it), its registration id. */
    public static UUID child(String township, LocalDate born, int birthOrder, boolean specialFamily) {
        UUID id = UUID.randomUUID();
        RegisteredChildRepository children = Arc.container().instance(RegisteredChildRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> children.place(new RegisteredChild(id, township, township + "001", born,
                birthOrder, specialFamily)));
        return id;
    }

    public static Map<String, Object> enrolBody(String institution, UUID child) {
        Map<String, Object> body = new HashMap<>();
        body.put("institutionId", institution);
        body.put("childRegistrationId", child.toString());
        return body;
    }
}
