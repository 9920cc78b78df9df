package cn.gov.zhangping.fertility.platform.ratelimit;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import cn.gov.zhangping.fertility.platform.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies {@link RateLimited} per client: the token's {@code azp} (the client application) when it has one, else its
 * subject. A request beyond the client's allowance is answered 429 ({@code too-many-requests}) with
 * {@code Retry-After} in seconds and reaches no resource. Requests without a token are left to the security checks,
 * which refuse them.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    RateLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String client = clientOf(principal);
        if (client == null) {
            return;
        }
        String name = nameOf(resource);
        long retryAfter = limits.take(name, client);
        if (retryAfter > 0) {
            Problem problem = Problem.of(429, "too-many-requests", "Too many requests",
                    "This client has used its allowance of " + name + " requests; retry after " + retryAfter + " s",
                    request.getUriInfo().getRequestUri().getRawPath());
            request.abortWith(Response.status(429).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", retryAfter).entity(problem).build());
        }
    }

    static String clientOf(Principal principal) {
        if (principal == null) {
            return null;
        }
        if (principal instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            String party = azp instanceof JsonString text ? text.getString() : azp == null ? null : azp.toString();
            if (party != null && !party.isBlank()) {
                return party;
            }
            return jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        }
        return principal.getName();
    }

    private static String nameOf(ResourceInfo resource) {
        RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limited == null || limited.value().isBlank()) {
            throw new IllegalStateException("@RateLimited needs the limit's name on " + resource.getResourceMethod());
        }
        return limited.value();
    }
}
