package cn.gov.zhangping.fertility.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A rule of the domain that a request broke. Carries what the problem response needs, without any HTTP types,
 * so domain code stays free of JAX-RS. The message must never contain personal data.
 */
public class DomainException extends RuntimeException {

    static final String VALIDATION_FAILED = "validation-failed";
    static final String VALIDATION_TITLE = "Request is not valid";

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public DomainException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public DomainException(int status, String code, String title, String detail,
                           List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(404, "not-found", "Resource not found", what + " " + id + " does not exist");
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** A 400 {@code validation-failed} problem listing every field that broke a rule. */
    public static DomainException invalid(List<Problem.FieldError> errors) {
        return new DomainException(400, VALIDATION_FAILED, VALIDATION_TITLE, invalidFieldsDetail(errors.size()),
                errors, Map.of());
    }

    private static String invalidFieldsDetail(int count) {
        return count == 1 ? "1 field is not valid" : count + " fields are not valid";
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
