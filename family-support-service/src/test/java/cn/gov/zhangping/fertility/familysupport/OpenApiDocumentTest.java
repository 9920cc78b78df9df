package cn.gov.zhangping.fertility.familysupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.zhangping.fertility.familysupport.birth.api.ChildName;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published contracts: OpenAPI with problem responses and security, the event schema and AsyncAPI. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void operationsHaveIdsSummariesAndProblemResponses() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/birth-registrations'.post.operationId", equalTo("registerBirth"))
                .body("paths.'/api/v1/birth-registrations'.post.summary", notNullValue())
                .body("paths.'/api/v1/birth-registrations'.post.responses.'400'.'$ref'", equalTo("#/components/responses/BadRequest"))
                .body("paths.'/api/v1/birth-registrations'.post.responses.'409'.'$ref'", equalTo("#/components/responses/Conflict"))
                .body("paths.'/api/v1/birth-registrations'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("components.responses", hasKey("Unauthorized"))
                .body("components.responses.BadRequest.content.'application/problem+json'.schema.'$ref'", equalTo("#/components/schemas/Problem"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", notNullValue())
                .body("components.schemas.RegisterBirthRequest.properties.childName.pattern", equalTo(ChildName.PATTERN))
                .body("components.schemas.RegisterBirthRequest.properties.childName.maxLength", equalTo(50))
                .body("components.schemas.RegisterBirthRequest.properties.hospital.maxLength", equalTo(100))
                .body("components.schemas.Problem.required", hasItems("type", "title", "status", "code"))
                .body("components.responses.ServiceUnavailable.headers", hasKey("Retry-After"))
                .body("paths.'/api/v1/birth-registrations'.post.responses", hasKey("415"))
                .body("paths.'/api/v1/birth-registrations'.get.responses", hasKey("503"));
    }

    @Test
    void swaggerUiStaysAvailable() {
        given().redirects().follow(true).when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void correctionsCancellationAndHistoryDocumentTheirStatusesHeadersAndExamples() {
        String item = "paths.'/api/v1/birth-registrations/{id}";
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(item + "/corrections'.post.operationId", equalTo("correctBirthRegistration"))
                .body(item + "/corrections'.post.parameters.name", hasItem("If-Match"))
                .body(item + "/corrections'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body(item + "/corrections'.post.responses.'200'.headers", hasKey("ETag"))
                .body(item + "/corrections'.post.responses.'412'.'$ref'", equalTo("#/components/responses/PreconditionFailed"))
                .body(item + "/corrections'.post.responses.'422'.'$ref'", equalTo("#/components/responses/UnprocessableContent"))
                .body(item + "/corrections'.post.responses.'409'.'$ref'", equalTo("#/components/responses/Conflict"))
                .body(item + "/corrections'.post.responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body(item + "/cancellation'.post.operationId", equalTo("cancelBirthRegistration"))
                .body(item + "/cancellation'.post.responses.'412'.'$ref'", equalTo("#/components/responses/PreconditionFailed"))
                .body(item + "/history'.get.operationId", equalTo("getBirthRegistrationHistory"))
                .body(item + "/history'.get.responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body(item + "'.get.responses.'200'.headers", hasKey("ETag"))
                .body("paths.'/api/v1/birth-registrations'.get.parameters.name", hasItem("status"));
    }

    @Test
    void eventContractsAreServed() {
        given().when().get("/schemas/birth.registered.v1.json")
                .then().statusCode(200).body("title", equalTo("birth.registered.v1"));
        given().when().get("/asyncapi.yaml").then().statusCode(200);
        given().when().get("/schemas/birth.registration-corrected.v1.json")
                .then().statusCode(200).body("title", equalTo("birth.registration-corrected.v1"));
        given().when().get("/schemas/birth.registration-cancelled.v1.json")
                .then().statusCode(200).body("title", equalTo("birth.registration-cancelled.v1"));
    }
}
