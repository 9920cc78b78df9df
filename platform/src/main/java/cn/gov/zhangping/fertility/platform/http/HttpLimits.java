package cn.gov.zhangping.fertility.platform.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limits every request meets before any resource sees it, each refused with a problem body: a URI longer than
 * {@code fertility.http.max-uri-length} (414), header fields larger than {@code fertility.http.max-header-bytes} in
 * all (431) and a body larger than {@code fertility.http.max-body-bytes} (413), whether its length is declared or it
 * arrives in chunks. The body is read here, up to the limit, and the REST layer takes it from the routing context.
 * <p>
 * The HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) stay
 * set above these as the last line: a request beyond them is refused by the codec before routing, without a body.
 * <p>
 * Every {@code /api} response also gets {@code Cache-Control: no-store}: those responses can carry personal data,
 * and no cache between the service and its caller may keep them.
 */
@ApplicationScoped
public class HttpLimits {

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);

    /** Before Quarkus' own body-size check (order -2) and every resource; after its access log and CORS handling. */
    static final int ORDER = -3;

    @ConfigProperty(name = "fertility.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @ConfigProperty(name = "fertility.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "fertility.http.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @Inject
    ObjectMapper json;

    private BodyHandler body;

    void install(@Observes Router router) {
        body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(ORDER).handler(this::check).failureHandler(this::failed);
        // failures raised while the routing context is made (such as an undecodable path) reach no route
        for (int status : new int[] {400, 413, 500}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
        int uriLength = rc.request().uri().length();
        if (uriLength > maxUriLength) {
            // the path itself is not echoed: it is what is too long
            respond(rc, Problem.of(414, "uri-too-long", "URI too long",
                    "The request URI has " + uriLength + " characters; at most " + maxUriLength + " are accepted", null));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : rc.request().headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            respond(rc, Problem.of(431, "header-fields-too-large", "Request header fields too large",
                    "The request header fields have " + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted",
                    path));
            return;
        }
        if (declaresBody(rc)) {
            body.handle(rc);
        } else {
            // an empty body is left to the REST layer, which reads it as no body at all
            rc.next();
        }
    }

    private static boolean declaresBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    /**
     * A request the HTTP layer itself failed before any resource took it (the body handler's 413, a query string
     * that cannot be decoded): the same problem body as everywhere else. Failures of the REST layer are answered by
     * its exception mappers and never reach this.
     */
    private void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        Problem problem = switch (status) {
            case 413 -> Problem.of(413, "payload-too-large", "Request body too large",
                    "The request body is larger than the " + maxBodyBytes + " bytes accepted", rc.normalizedPath());
            case 400 -> Problem.of(400, "bad-request", "Bad request",
                    "The request cannot be read (for example a malformed query string)", rc.normalizedPath());
            default -> {
                HttpResponseStatus reason = HttpResponseStatus.valueOf(status);
                yield Problem.of(status, status >= 500 ? "internal-error" : "http-" + status, reason.reasonPhrase(),
                        status >= 500 ? "The request could not be completed; it has been logged" : reason.reasonPhrase(),
                        rc.normalizedPath());
            }
        };
        if (status >= 500) {
            LOG.errorf("request to %s failed in the HTTP layer with %d: %s", rc.normalizedPath(), status,
                    rc.failure() == null ? "no exception" : rc.failure().getClass().getName());
        }
        respond(rc, problem);
    }

    private void respond(RoutingContext rc, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerResponse response = rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!rc.request().isEnded()) {
            // the rest of the request is not read, so the connection cannot carry another one
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
