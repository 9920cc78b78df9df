package cn.gov.zhangping.fertility.platform.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with the suite's stable {@code code} and, for validation, {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI reference that identifies the problem type", example = "https://fertility.zhangping.gov.cn/problems/validation-failed")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", example = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/birth-registrations")
        String instance,
        @Schema(description = "Stable machine-readable problem code", example = "validation-failed")
        String code,
        @Schema(description = "Field errors, for validation problems")
        List<FieldError> errors,
        // written once, at the top level, by extensionMembers()
        @Schema(hidden = true)
        @JsonIgnore
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://fertility.zhangping.gov.cn/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String code, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + code, title, status, detail, instance, code, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, fieldErrors, extensions);
    }

    public Problem withExtensions(Map<String, Object> more) {
        return new Problem(type, title, status, detail, instance, code, errors, more);
    }

    /** Extension members (RFC 9457 §3.2) such as {@code existingId} are written at the top level. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "motherIdNumber") String field,
            @Schema(example = "check digit does not match") String message) {
    }
}
