package cn.gov.zhangping.fertility.familysupport.birth.api;

import static cn.gov.zhangping.fertility.familysupport.birth.api.BirthCorrectionTest.PATH;
import static cn.gov.zhangping.fertility.familysupport.birth.api.BirthCorrectionTest.as;
import static cn.gov.zhangping.fertility.familysupport.birth.api.BirthCorrectionTest.correct;
import static cn.gov.zhangping.fertility.familysupport.birth.api.BirthCorrectionTest.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BirthCancellationTest {

    private static ValidatableResponse cancel(String id, String reason, String duplicateOf, String ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        if (duplicateOf != null) {
            body.put("duplicateOf", duplicateOf);
        }
        body.put("note", "登记核查");
        var request = as("registrar").contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + id + "/cancellation").then();
    }

    @Test
    void aCancelledRegistrationIsKeptLeftOutOfListsAndNoLongerBlocksTheSameBirth() {
        Map<String, Object> body = BirthRequests.with("townshipCode", "350881204");
        body.put("communityCode", "350881204001");
        String id = register(body);
        cancel(id, "REGISTERED_IN_ERROR", null, "\"1\"").statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("CANCELLED"))
                .body("revision", equalTo(2))
                .body("cancellationReason", equalTo("REGISTERED_IN_ERROR"));

        as("reader").queryParam("townshipCode", "350881204").queryParam("size", 200).when().get(PATH)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("reader").queryParam("townshipCode", "350881204").queryParam("status", "CANCELLED").when().get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.status", not(hasItem("REGISTERED")));
        as("reader").when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("reader").when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("revisions.kind", contains("REGISTERED", "CANCELLED"))
                .body("revisions[1].cancellationReason", equalTo("REGISTERED_IN_ERROR"))
                .body("revisions[1].reason", equalTo("登记核查"))
                .body("revisions[1].changes[0].field", equalTo("status"))
                .body("revisions[1].changes[0].to", equalTo("CANCELLED"));

        String again = register(body);
        as("reader").queryParam("townshipCode", "350881204").when().get(PATH)
                .then().body("items.id", hasItem(again)).body("items.id", not(hasItem(id)));
    }

    @Test
    void aDuplicateNamesAnotherRegistrationThatStands() {
        Map<String, Object> body = BirthRequests.valid();
        String kept = register(body);
        Map<String, Object> twice = new HashMap<>(body);
        twice.put("childName", "陈安甯");
        twice.put("birthOrder", 3); // as the family sees it, a twin: the third child
        String duplicate = register(twice);

        cancel(duplicate, "DUPLICATE", null, null).statusCode(400).body("errors.field", hasItem("duplicateOf"));
        cancel(duplicate, "DUPLICATE", duplicate, null).statusCode(400).body("errors.field", hasItem("duplicateOf"));
        cancel(duplicate, "DUPLICATE", "00000000-0000-0000-0000-000000000000", null).statusCode(400)
                .body("errors.field", hasItem("duplicateOf"));
        cancel(duplicate, "REGISTERED_IN_ERROR", kept, null).statusCode(400).body("errors.field", hasItem("duplicateOf"));
        cancel(duplicate, "MERGED", kept, null).statusCode(400).body("code", equalTo("malformed-body"));
        as("registrar").when().get(PATH + "/" + duplicate).then().header("ETag", "\"1\"");

        cancel(duplicate, "DUPLICATE", kept, null).statusCode(200)
                .body("cancellationReason", equalTo("DUPLICATE")).body("duplicateOf", equalTo(kept));
        cancel(kept, "DUPLICATE", duplicate, null).statusCode(400).body("errors.field", hasItem("duplicateOf"));
    }

    @Test
    void aCancelledRegistrationCannotBeCancelledOrCorrected() {
        String id = register(BirthRequests.valid());
        cancel(id, "REGISTERED_IN_ERROR", null, null).statusCode(200);
        cancel(id, "REGISTERED_IN_ERROR", null, null).statusCode(409).body("code", equalTo("registration-cancelled"));
        correct(id, Map.of("birthOrder", 3), null).statusCode(409).body("code", equalTo("registration-cancelled"));
        correct(id, Map.of("birthOrder", 3), "\"1\"").statusCode(412);
    }

    @Test
    void aStaleIfMatchLeavesTheRegistrationStanding() {
        String id = register(BirthRequests.valid());
        correct(id, Map.of("birthOrder", 3), null).statusCode(200);
        cancel(id, "REGISTERED_IN_ERROR", null, "\"1\"").statusCode(412).body("code", equalTo("revision-mismatch"));
        as("registrar").when().get(PATH + "/" + id).then().body("status", equalTo("REGISTERED"));
    }

    @Test
    void onlyRegistrarsCancel() {
        String id = register(BirthRequests.valid());
        as("reader").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "x"))
                .when().post(PATH + "/" + id + "/cancellation").then().statusCode(403);
        as("registrar").contentType(ContentType.JSON).body(Map.of("reason", "REGISTERED_IN_ERROR"))
                .when().post(PATH + "/" + id + "/cancellation").then().statusCode(400).body("errors.field", hasItem("note"));
    }
}
