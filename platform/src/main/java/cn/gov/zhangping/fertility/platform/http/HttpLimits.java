package cn.gov.zhangping.fertility.platform.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    void install(@Observes Router router) {
        router.route().order(ORDER)
                .handler(this::check)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .failureHandler(this::failed);
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
        rc.next();
    }

    /** The body handler fails the request with 413 once the body passes the limit; anything else goes on. */
    private void failed(RoutingContext rc) {
        if (rc.statusCode() != 413 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        respond(rc, Problem.of(413, "payload-too-large", "Request body too large",
                "The request body is larger than the " + maxBodyBytes + " bytes accepted", rc.normalizedPath()));
    }

    private void respond(RoutingContext rc, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerResponse response = rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!rc.request().isEnded()) {
            // the rest of the request is not read, so the connection cannot carry another one
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
