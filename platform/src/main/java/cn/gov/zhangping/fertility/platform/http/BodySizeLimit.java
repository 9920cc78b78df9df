package cn.gov.zhangping.fertility.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies larger than {@code fertility.http.max-body-bytes} with a 413 problem before they are read.
 * The HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) stays as the backstop for bodies without
 * a declared length.
 */
public class BodySizeLimit {

    @ConfigProperty(name = "fertility.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= maxBodyBytes) {
            return null;
        }
        Problem p = Problem.of(413, "payload-too-large", "Request body too large",
                "The request body has " + length + " bytes; at most " + maxBodyBytes + " are accepted",
                request.getUriInfo().getRequestUri().getPath());
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
