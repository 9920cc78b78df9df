package cn.gov.zhangping.fertility.platform.openapi;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the shared problem responses to every service's OpenAPI document, so that operations can refer to them by
 * name: {@code @APIResponse(responseCode = "400", ref = "BadRequest")}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final Map<String, String> RESPONSES = Map.of(
            "BadRequest", "The request is not valid; see errors[] for each field",
            "Unauthorized", "No valid bearer token",
            "Forbidden", "The token's roles do not allow this operation",
            "NotFound", "No such resource",
            "Conflict", "The request conflicts with an existing resource",
            "PayloadTooLarge", "The request body is larger than allowed",
            "UnprocessableContent", "The Idempotency-Key was already used for a different request");

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("code", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        for (Map.Entry<String, String> r : RESPONSES.entrySet()) {
            MediaType problem = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"));
            Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
            APIResponse response = OASFactory.createAPIResponse().description(r.getValue()).content(content);
            components.addResponse(r.getKey(), response);
        }
    }
}
