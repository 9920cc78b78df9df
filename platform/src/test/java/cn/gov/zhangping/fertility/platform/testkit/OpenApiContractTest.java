package cn.gov.zhangping.fertility.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract check must refuse what breaks the document, or the harness would pass anything. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},
             "paths":{"/api/v1/things/{id}":{"get":{"operationId":"getThing","responses":{
               "200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
               "404":{"$ref":"#/components/responses/NotFound"}}}}},
             "components":{
               "schemas":{
                 "Thing":{"type":"object","properties":{"name":{"type":"string"},"count":{"type":"integer","format":"int32"},
                   "note":{"type":["string","null"]},"since":{"type":"string","$ref":"#/components/schemas/LocalDate"}}},
                 "LocalDate":{"type":"string","format":"date"},
                 "Problem":{"type":"object","required":["type","title","status","code"],"properties":{
                   "type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"code":{"type":"string"}}}},
               "responses":{"NotFound":{"description":"nf","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}
            """;

    private static final String PATH = "/api/v1/things/7";
    private static final String PROBLEM_404 = """
            {"type":"https://x/not-found","title":"Resource not found","status":404,"code":"not-found"}""";

    private final OpenApiContract contract = new OpenApiContract(DOCUMENT);

    @Test
    void aResponseThatMatchesTheDocumentPasses() {
        assertThat(contract.check("GET", PATH, 200, "application/json", "no-store",
                "{\"name\":\"a\",\"count\":1,\"note\":null,\"since\":\"2026-01-01\"}")).isEmpty();
        assertThat(contract.check("GET", PATH, 404, "application/problem+json", "no-store", PROBLEM_404)).isEmpty();
    }

    @Test
    void aBodyThatBreaksTheSchemaIsRefused() {
        assertThat(contract.check("GET", PATH, 200, "application/json", "no-store", "{\"name\":\"a\",\"count\":\"1\"}"))
                .singleElement().asString().contains("/count");
        assertThat(contract.check("GET", PATH, 200, "application/json", "no-store", "{\"name\":null}"))
                .singleElement().asString().contains("/name");
        assertThat(contract.check("GET", PATH, 200, "application/json", "no-store", "not json")).isNotEmpty();
    }

    @Test
    void anUndeclaredStatusIsRefused() {
        assertThat(contract.check("GET", PATH, 409, "application/problem+json", "no-store",
                PROBLEM_404.replace("404", "409"))).singleElement().asString().contains("409 is not declared");
    }

    @Test
    void anErrorMustBeAProblemOfItsStatus() {
        assertThat(contract.check("GET", PATH, 404, "application/json", "no-store", PROBLEM_404)).isNotEmpty();
        assertThat(contract.check("GET", PATH, 404, "application/problem+json", "no-store", "")).isNotEmpty();
        assertThat(contract.check("GET", PATH, 404, "application/problem+json", "no-store", "{\"title\":\"x\"}")).isNotEmpty();
        assertThat(contract.check("GET", PATH, 404, "application/problem+json", "no-store",
                PROBLEM_404.replace("\"status\":404", "\"status\":400"))).isNotEmpty();
    }

    @Test
    void apiResponsesMustNotBeCached() {
        assertThat(contract.check("GET", PATH, 404, "application/problem+json", null, PROBLEM_404))
                .singleElement().asString().contains("no-store");
    }

    @Test
    void requestsOutsideTheDocumentAreJudgedOnlyUnderApi() {
        assertThat(contract.check("GET", "/q/health", 200, "application/json", null, "{}")).isEmpty();
        assertThat(contract.check("GET", "/api/v1/unknown", 404, "application/problem+json", "no-store", PROBLEM_404)).isEmpty();
        assertThat(contract.check("GET", "/api/v1/unknown", 200, "application/json", "no-store", "{}")).isNotEmpty();
        assertThat(contract.check("DELETE", PATH, 405, "application/problem+json", "no-store",
                PROBLEM_404.replace("404", "405"))).isEmpty();
    }

    @Test
    void aDocumentThatLeavesOutSharedStatusesOrUsesJavaOnlyPatternsIsReported() {
        OpenApiContract javaOnly = new OpenApiContract(DOCUMENT.replace("\"name\":{\"type\":\"string\"}",
                "\"name\":{\"type\":\"string\",\"pattern\":\"[\\\\p{IsHan}]+\"}"));
        assertThat(javaOnly.documentProblems())
                .contains("getThing does not declare 500")
                .anySatisfy(p -> assertThat(p).contains("/components/schemas/Thing/properties/name/pattern is Java-only"));
        assertThat(new OpenApiContract(DOCUMENT.replace("\"name\":{\"type\":\"string\"}",
                "\"name\":{\"type\":\"string\",\"pattern\":\"^[a-z\\\\-]+$\"}")).documentProblems())
                .noneMatch(p -> p.contains("pattern"));
    }

    @Test
    void findsTheTemplateOfAPath() {
        assertThat(contract.template(PATH)).isEqualTo("/api/v1/things/{id}");
        assertThat(contract.template("/api/v1/things/")).isNull();
        assertThat(contract.template("/api/v1/things/7/")).isEqualTo("/api/v1/things/{id}");
        assertThat(contract.operations()).extracting(OpenApiContract.Operation::id).containsExactly("getThing");
    }
}
