package cn.gov.zhangping.fertility.platform.operations;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Metrics and the details of the health checks (which name hosts, partitions and failures) are for operators: only
 * callers from {@code fertility.operations.allowed-networks} see them. Anyone else gets a 404 problem for
 * {@code /q/metrics} and only the status ({@code {"status":"UP"}}, 200 or 503) from {@code /q/health/...}, which is
 * what a load balancer or an orchestrator's probe needs. The API documents ({@code /q/openapi},
 * {@code /q/swagger-ui}) stay public.
 */
@ApplicationScoped
public class OperationsAccess {

    @ConfigProperty(name = "fertility.operations.allowed-networks")
    List<String> allowedNetworks;

    @Inject
    SmallRyeHealthReporter health;

    private NetworkAllowList allowList;

    void install(@Observes Router router) {
        allowList = NetworkAllowList.parse(allowedNetworks);
        router.route().order(Integer.MIN_VALUE + 100).handler(this::filter);
    }

    private void filter(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean metrics = path.equals("/q/metrics") || path.startsWith("/q/metrics/");
        boolean healthPath = path.equals("/q/health") || path.startsWith("/q/health/");
        if ((!metrics && !healthPath) || allowList.allows(rc.request().remoteAddress().hostAddress())) {
            rc.next();
            return;
        }
        if (metrics) {
            rc.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"https://fertility.zhangping.gov.cn/problems/not-found\",\"title\":\"Not Found\","
                            + "\"status\":404,\"detail\":\"No resource at this path\",\"instance\":\"" + path
                            + "\",\"code\":\"not-found\"}");
            return;
        }
        statusOf(path).subscribe().with(
                h -> status(rc, !h.isDown()),
                failure -> status(rc, false));
    }

    private Uni<SmallRyeHealth> statusOf(String path) {
        return switch (path) {
            case "/q/health/live", "/q/health/live/" -> health.getLivenessAsync();
            case "/q/health/ready", "/q/health/ready/" -> health.getReadinessAsync();
            case "/q/health/started", "/q/health/started/" -> health.getStartupAsync();
            default -> health.getHealthAsync();
        };
    }

    private static void status(RoutingContext rc, boolean up) {
        rc.response().setStatusCode(up ? 200 : 503).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
