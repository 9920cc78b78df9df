package cn.gov.zhangping.fertility.familysupport.audit.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditEvent;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditOutcome;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditTrail;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditUnavailableException;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedChange;
import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.problem.Problem;
import cn.gov.zhangping.fertility.platform.resilience.OutageLog;
import cn.gov.zhangping.fertility.platform.security.PersonalDataPolicy;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.net.SocketAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the audit rows of every {@link Audited} operation once its response is known, whatever its status, and before
 * the body is sent, except the {@code RECORD_CHANGED} row of a change that succeeded, which its use case wrote in the
 * change's own transaction ({@link ChangeAudit}): a full identity number shown (one row per record shown, for the
 * roles that see them in full), a change refused or invalid, a search by identity number (one row per record found, or
 * one NOT_FOUND), the trail read. Fails
 * closed: when the rows cannot be committed, the response becomes a 503 problem and carries no personal data.
 * A request without a valid token (401) names no one and is not recorded.
 */
public class AuditFilter {

    private final OutageLog outage = new OutageLog(AuditFilter.class, "the audit trail (responses with personal data are withheld)");

    @Inject
    AuditTrail trail;

    @Inject
    CurrentVertxRequest vertx;

    @Inject
    AuditedChange change;

    @ConfigProperty(name = "fertility.http.retry-after-seconds", defaultValue = "5")
    long retryAfterSeconds;

    /**
     * Before an operation that changes a personal record: says what its {@code RECORD_CHANGED} row is, for the use case
     * to write in the change's transaction ({@link ChangeAudit}).
     */
    @ServerRequestFilter
    public void expectChange(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        SecurityContext security = request.getSecurityContext();
        if (audited != null && Arrays.asList(audited.value()).contains(AuditAction.RECORD_CHANGED)
                && security != null && security.getUserPrincipal() != null) {
            change.expect(audited.record(), operation(method), caller(security.getUserPrincipal()));
        }
    }

    /** A change whose audit row could not be written was rolled back: a 503 problem, as when a read's cannot be. */
    @ServerExceptionMapper
    public Response auditUnavailable(AuditUnavailableException e, UriInfo uri) {
        outage.failed(e);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(unavailable(uri.getPath())).build();
    }

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        SecurityContext security = request.getSecurityContext();
        if (audited == null || security == null || security.getUserPrincipal() == null) {
            return Uni.createFrom().voidItem();
        }
        List<AuditEvent> events;
        try {
            events = events(audited, method, request, response, security);
        } catch (RuntimeException e) {
            withhold(request, response, e);
            return Uni.createFrom().voidItem();
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            write(events, request, response);
            return Uni.createFrom().voidItem();
        }
        // a refusal before the resource method (403) is answered on the event loop: write from a worker
        return Uni.createFrom().item(() -> {
            write(events, request, response);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void write(List<AuditEvent> events, ContainerRequestContext request, ContainerResponseContext response) {
        try {
            trail.record(events);
        } catch (RuntimeException e) {
            withhold(request, response, e);
        }
    }

    /** Fails closed: without its audit rows a response is replaced by a 503 problem. */
    private void withhold(ContainerRequestContext request, ContainerResponseContext response, RuntimeException e) {
        outage.failed(e);
        if (response.getStatus() >= 500) {
            return; // a failure already, with nothing personal in it
        }
        Problem p = unavailable(request.getUriInfo().getPath());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        response.setStatus(503);
        response.setEntity(p, new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static Problem unavailable(String path) {
        return Problem.of(503, "audit-unavailable", "Service temporarily unavailable",
                "the request could not be recorded in the audit trail; nothing was changed and nothing personal is "
                        + "shown until it can be", "/" + path.replaceFirst("^/", ""));
    }

    private List<AuditEvent> events(Audited audited, Method method, ContainerRequestContext request,
                                    ContainerResponseContext response, SecurityContext security) {
        AuditEvent.Caller caller = caller(security.getUserPrincipal());
        String operation = operation(method);
        int status = response.getStatus();
        AuditOutcome outcome = AuditOutcome.of(status);
        List<UUID> shown = status < 300 ? ids(response.getEntity(), audited.idComponent()) : List.of();
        UUID pathId = pathId(request);
        List<AuditEvent> events = new ArrayList<>();
        for (AuditAction action : audited.value()) {
            if (action == AuditAction.RECORD_CHANGED && status < 300 && change.isWritten()) {
                continue; // written by the use case, in the change's transaction
            }
            if (action == AuditAction.SEARCHED_BY_ID_NUMBER && status < 300) {
                if (shown.isEmpty()) {
                    events.add(AuditEvent.of(caller, action, audited.record(), null, AuditOutcome.NOT_FOUND, operation));
                }
                shown.forEach(id -> events.add(AuditEvent.of(caller, action, audited.record(), id, outcome, operation)));
            } else {
                UUID id = shown.size() == 1 ? shown.get(0) : pathId;
                events.add(AuditEvent.of(caller, action, audited.record(), id, outcome, operation));
            }
        }
        if (audited.showsIdNumbers() && seesFullIdNumbers(security)) {
            if (status < 300) {
                shown.forEach(id -> events.add(AuditEvent.of(caller, AuditAction.FULL_ID_SHOWN, audited.record(), id,
                        outcome, operation)));
            } else if (audited.value().length == 0) {
                // an attempt to see a record in full that did not succeed (404, 403...)
                events.add(AuditEvent.of(caller, AuditAction.FULL_ID_SHOWN, audited.record(), pathId, outcome, operation));
            }
        }
        return events;
    }

    /** The rule of {@code Disclosure}: auditors see identity numbers in full, every other role masked. */
    static boolean seesFullIdNumbers(SecurityContext security) {
        return PersonalDataPolicy.visibility(PersonalDataPolicy.Field.ID_NUMBER, security::isUserInRole)
                == PersonalDataPolicy.Visibility.FULL;
    }

    private AuditEvent.Caller caller(Principal principal) {
        String address = null;
        if (vertx.getCurrent() != null) {
            SocketAddress remote = vertx.getCurrent().request().remoteAddress();
            address = remote == null ? null : shortened(remote.hostAddress(), 64);
        }
        return new AuditEvent.Caller(shortened(principal.getName() == null ? "" : principal.getName(), 200),
                clientOf(principal), address, Instant.now());
    }

    /** The client the token was issued to: its {@code azp} claim (OIDC), else {@code client_id} (RFC 9068). */
    static String clientOf(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            for (String claim : new String[] {"azp", "client_id"}) {
                Object value = jwt.getClaim(claim);
                if (value != null) {
                    return shortened(String.valueOf(value).replace("\"", ""), 200);
                }
            }
        }
        return null;
    }

    private static String operation(Method method) {
        Operation op = method.getAnnotation(Operation.class);
        return op != null && !op.operationId().isEmpty() ? op.operationId() : method.getName();
    }

    private static UUID pathId(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The record ids a response body shows: the body itself, or each item of a list or page. */
    static List<UUID> ids(Object entity, String component) {
        if (entity instanceof Page<?> page) {
            return ids(page.items(), component);
        }
        if (entity instanceof Collection<?> items) {
            List<UUID> ids = new ArrayList<>();
            items.forEach(item -> ids.addAll(ids(item, component)));
            return ids;
        }
        if (entity != null && entity.getClass().isRecord()) {
            for (RecordComponent c : entity.getClass().getRecordComponents()) {
                if (c.getName().equals(component)) {
                    try {
                        Object id = c.getAccessor().invoke(entity);
                        return id instanceof UUID u ? List.of(u) : List.of();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + component + " of " + entity.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        return List.of();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
