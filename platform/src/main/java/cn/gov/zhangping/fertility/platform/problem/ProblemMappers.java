package cn.gov.zhangping.fertility.platform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zhangping.fertility.platform.json.UnacceptableTextException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import cn.gov.zhangping.fertility.platform.resilience.OutageLog;
import cn.gov.zhangping.fertility.platform.resilience.TransientFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} response. No stack trace, no Java class
 * name and no request content (which may hold personal data) ever reaches the body or the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final OutageLog OUTAGE = new OutageLog(ProblemMappers.class, "database");

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem p = Problem.of(e.status(), e.code(), e.title(), e.getMessage(), path(uri))
                .withErrors(e.errors())
                .withExtensions(e.extensions());
        return respond(p);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return domain(DomainException.invalid(errors), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            String message = e instanceof UnacceptableTextException ? e.getOriginalMessage() : "has the wrong type or format";
            errors.add(new Problem.FieldError(field, message));
            detail = "The request body could not be read: " + field + " " + message;
        }
        return respond(Problem.of(400, "malformed-body", "Request body is not readable", detail, path(uri)).withErrors(errors));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem p = Problem.of(401, "unauthorized", "Authentication required",
                "A valid bearer token is required", path(uri));
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(p).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Not allowed",
                "The caller's roles do not allow this operation", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // a path or query parameter that could not be converted (e.g. "abc" for a year or a UUID): the
            // request is malformed, not the resource missing
            return respond(Problem.of(400, "invalid-parameter", DomainException.VALIDATION_TITLE,
                    "A path or query parameter does not have the expected format", path(uri)));
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family == Response.Status.Family.SERVER_ERROR) {
            LOG.errorf("request to %s failed with status %d: %s", path(uri), status, e.getClass().getSimpleName());
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String code = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "header-fields-too-large";
            default -> "http-" + status;
        };
        String detail = status == 404 ? "No resource at this path" : title;
        return respond(Problem.of(status, code, title, detail, path(uri)));
    }

    /** A unique key hit by a concurrent request; nothing was stored by this one. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return respond(Problem.of(409, "conflict", "Conflicting request",
                        "A concurrent request changed the same record; nothing was stored, retry to see the result", path(uri)));
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        LOG.errorf("unexpected %s on %s", e.getClass().getName(), path(uri));
        LOG.debug("unexpected failure", e);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "The request could not be completed; it has been logged", path(uri)));
    }

    /**
     * The database (or another service this request needs) is away for a while: nothing was stored, and the caller
     * may retry after {@code Retry-After} seconds. Logged once per outage, not once per request.
     */
    Response unavailable(Exception e, UriInfo uri) {
        OUTAGE.failed(e);
        Problem p = Problem.of(503, "service-unavailable", "Service temporarily unavailable",
                "A system this service depends on is unavailable; nothing was stored. Retry after "
                        + retryAfterSeconds() + " seconds", path(uri));
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds()).entity(p).build();
    }

    private static long retryAfterSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("fertility.http.retry-after-seconds", Long.class).orElse(5L);
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The field a violation is about: the property path below the method parameter
     * ({@code register.request.motherIdNumber} gives {@code motherIdNumber}, {@code list.page.size} gives
     * {@code size}, {@code publish.request.terms[0].amount} gives {@code terms[0].amount}, a null element of a list
     * {@code terms[1]}), or the parameter itself ({@code list.townshipCode} gives {@code townshipCode}).
     */
    static String fieldName(Path path) {
        String parameter = null;
        List<String> below = new ArrayList<>();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                below.clear();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT || kind == ElementKind.BEAN) {
                // a node in a list carries the list's index: terms[0].amount is "terms", then "amount" at index 0
                if (node.isInIterable() && node.getIndex() != null && !below.isEmpty()) {
                    int last = below.size() - 1;
                    below.set(last, below.get(last) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    below.add(node.getName());
                }
            }
        }
        if (!below.isEmpty()) {
            return String.join(".", below);
        }
        return parameter == null ? "" : isBodyParameter(parameter) ? "body" : parameter;
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("request") || name.equals("body");
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
