package cn.gov.zhangping.fertility.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response the router answers: the API, problems (also those of {@link HttpLimits}),
 * 404s of unknown paths, static pages and the {@code /q/} endpoints. Set when the headers are written, so a handler
 * that answers early gets them too:
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}, {@code X-Frame-Options: DENY};</li>
 *   <li>{@code Content-Security-Policy} from {@code fertility.http.content-security-policy}: scripts, styles, images
 *       and requests from the service itself only (the indicator dashboard loads its script, ECharts from
 *       {@code /webjars} and its data with {@code fetch} from the same origin; ECharts sets inline styles), no
 *       framing. Swagger UI starts from an inline script, so {@code /q/swagger-ui} gets
 *       {@code fertility.http.content-security-policy-swagger-ui} instead.</li>
 * </ul>
 * {@code Cache-Control: no-store} on {@code /api} responses is set by {@link HttpLimits}.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before every other route of the suite, so each response passes here first. */
    static final int ORDER = HttpLimits.ORDER - 1;
    static final String SWAGGER_UI = "/q/swagger-ui";

    @ConfigProperty(name = "fertility.http.content-security-policy")
    String contentSecurityPolicy;

    @ConfigProperty(name = "fertility.http.content-security-policy-swagger-ui")
    String swaggerUiPolicy;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::add);
    }

    private void add(RoutingContext rc) {
        String path = rc.normalizedPath();
        String policy = path != null && path.startsWith(SWAGGER_UI) ? swaggerUiPolicy : contentSecurityPolicy;
        rc.addHeadersEndHandler(v -> set(rc.response().headers(), policy));
        rc.next();
    }

    static void set(MultiMap headers, String policy) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", policy);
    }
}
