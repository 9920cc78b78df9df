package cn.gov.zhangping.fertility.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem responses every service shares, written into each service's OpenAPI document, and added to every
 * operation for each status the platform itself can answer with, so that an endpoint added later documents them
 * without anyone remembering to. Operations name the ones only they can give by reference:
 * {@code @APIResponse(responseCode = "404", ref = "NotFound")}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private record Shared(String status, String description) {
    }

    public static final Map<String, String> RESPONSES;

    /** Statuses any request can get, whatever the operation. */
    private static final Map<String, String> EVERY_OPERATION;

    /** Statuses only an operation with a request body can get. */
    private static final Map<String, String> WITH_BODY;

    static {
        Map<String, Shared> all = new LinkedHashMap<>();
        all.put("BadRequest", new Shared("400", "The request is not valid; see errors[] for each field"));
        all.put("Unauthorized", new Shared("401", "No valid bearer token"));
        all.put("Forbidden", new Shared("403", "The token's roles do not allow this operation"));
        all.put("NotFound", new Shared("404", "No such resource"));
        all.put("NotAcceptable", new Shared("406", "None of the media types in Accept can be produced"));
        all.put("Conflict", new Shared("409", "The request conflicts with an existing resource, or with a concurrent "
                + "request for the same one; nothing was stored"));
        all.put("PreconditionFailed", new Shared("412", "If-Match names a revision that is no longer the current one: "
                + "read the resource again (its ETag) and decide anew; nothing was changed"));
        all.put("PayloadTooLarge", new Shared("413", "The request body is larger than allowed"));
        all.put("UriTooLong", new Shared("414", "The request URI is longer than allowed"));
        all.put("UnsupportedMediaType", new Shared("415", "The request body's Content-Type is not accepted"));
        all.put("UnprocessableContent", new Shared("422", "The request is well-formed but cannot be applied (code "
                + "idempotency-key-reused: the Idempotency-Key was already used for a different request; code no-change: "
                + "a correction that changes nothing); nothing was changed"));
        all.put("TooManyRequests", new Shared("429", "This client has used its allowance of such requests; retry "
                + "after the time in Retry-After; nothing was changed"));
        all.put("RequestHeaderFieldsTooLarge", new Shared("431", "The request header fields are larger than allowed"));
        all.put("InternalError", new Shared("500", "The request could not be completed; nothing was changed"));
        all.put("ServiceUnavailable", new Shared("503", "A service this one depends on (such as its database) is "
                + "briefly unavailable; retry after the time in Retry-After"));
        Map<String, String> descriptions = new LinkedHashMap<>();
        all.forEach((name, shared) -> descriptions.put(name, shared.description()));
        RESPONSES = Map.copyOf(descriptions);
        EVERY_OPERATION = statuses(all, "BadRequest", "Unauthorized", "Forbidden", "NotAcceptable", "PayloadTooLarge",
                "UriTooLong", "RequestHeaderFieldsTooLarge", "InternalError", "ServiceUnavailable");
        WITH_BODY = statuses(all, "Conflict", "UnsupportedMediaType");
    }

    private static Map<String, String> statuses(Map<String, Shared> all, String... names) {
        Map<String, String> byStatus = new LinkedHashMap<>();
        for (String name : names) {
            byStatus.put(all.get(name).status(), name);
        }
        return byStatus;
    }

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String CACHE_CONTROL_REF = "CacheControl";

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text().description("The field (JSON path, parameter or header name)"))
                .addProperty("message", text().description("What is wrong with it"))
                .addRequired("field").addRequired("message");
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Extension members such as existingId may follow.")
                .addProperty("type", text().description("URI reference that identifies the problem type")
                        .examples(List.of("https://fertility.zhangping.gov.cn/problems/validation-failed")))
                .addProperty("title", text().description("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("HTTP status code"))
                .addProperty("detail", text().description("Explanation specific to this occurrence"))
                .addProperty("instance", text().description("The request path this problem occurred on"))
                .addProperty("code", text().description("Stable machine-readable problem code")
                        .examples(List.of("validation-failed")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Field errors, for validation problems"))
                .addProperty("existingId", text().format("uuid")
                        .description("For a conflict with an existing resource: that resource's id"))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code");
    }

    private static Header cacheControl() {
        return OASFactory.createHeader().ref(CACHE_CONTROL_REF);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        // one definition of the problem body for every service, whatever the scanner made of the Problem record
        components.addSchema("Problem", problemSchema());
        components.addHeader(CACHE_CONTROL_REF, OASFactory.createHeader()
                .description("no-store: responses can carry personal data and must not be kept by any cache")
                .schema(text().addEnumeration("no-store")));
        for (Map.Entry<String, String> r : RESPONSES.entrySet()) {
            MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
            Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
            APIResponse response = OASFactory.createAPIResponse().description(r.getValue()).content(content)
                    .addHeader(CACHE_CONTROL, cacheControl());
            if (r.getKey().equals("ServiceUnavailable") || r.getKey().equals("TooManyRequests")) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
            }
            components.addResponse(r.getKey(), response);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                addSharedResponses(operation);
            }
        }
    }

    private static void addSharedResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getAPIResponses() != null) {
            for (APIResponse own : responses.getAPIResponses().values()) {
                if (own.getRef() == null && (own.getHeaders() == null || !own.getHeaders().containsKey(CACHE_CONTROL))) {
                    own.addHeader(CACHE_CONTROL, cacheControl());
                }
            }
        }
        add(responses, EVERY_OPERATION);
        if (operation.getRequestBody() != null) {
            add(responses, WITH_BODY);
        }
    }

    private static void add(APIResponses responses, Map<String, String> byStatus) {
        for (Map.Entry<String, String> s : byStatus.entrySet()) {
            if (!responses.hasAPIResponse(s.getKey())) {
                responses.addAPIResponse(s.getKey(), OASFactory.createAPIResponse().ref(s.getValue()));
            }
        }
    }
}
