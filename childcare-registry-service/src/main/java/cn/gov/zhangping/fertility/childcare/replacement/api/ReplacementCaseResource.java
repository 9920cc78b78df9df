package cn.gov.zhangping.fertility.childcare.replacement.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.childcare.inspection.api.ActingRole;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementCase;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ResolvingReplacementCases;
import cn.gov.zhangping.fertility.childcare.replacement.persistence.ReplacementCaseRepository;
import cn.gov.zhangping.fertility.childcare.institution.api.VisibleInstitutions;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/replacement-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Re-placement cases", description = "The closure emergency procedure (plan task 10, 关停应急处置): the children "
        + "of a closed nursery, followed until each is placed in another nursery or withdrawn (Health Commission, auditor)")
public class ReplacementCaseResource {

    static final String PLACEMENT_EXAMPLE = """
            {"institutionId":"6f1c2b9e-8a54-4d0b-9d8e-3c1a2b4c5d6e","startDate":"2026-12-01"}""";
    static final String WITHDRAWAL_EXAMPLE = """
            {"date":"2026-12-01","reason":"家庭改为居家照护"}""";
    private static final String[] WRITERS = {Roles.REGISTRAR, Roles.HEALTH};

    @Inject
    VisibleInstitutions visible;

    @Inject
    ResolvingReplacementCases resolving;

    @Inject
    ReplacementCaseRepository cases;

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH, Roles.REVIEWER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listReplacementCases", summary = "List re-placement cases (registrar, health, reviewer, auditor)",
            description = "By status and township when given, newest first, with how many children wait, are placed or withdrawn.")
    @APIResponse(responseCode = "200", description = "The cases", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReplacementCaseSummary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ReplacementCaseSummary> list(
            @Parameter(description = "Status", example = "OPEN") @QueryParam("status") ReplacementCase.Status status,
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode) {
        return cases.find(status, townshipCode, visible.limit()).stream().map(c -> ReplacementCaseSummary.of(c, cases.children(c.id))).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH, Roles.REVIEWER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getReplacementCase", summary = "Read a re-placement case with each waiting child's candidate "
            + "nurseries as they are now (registrar, health, reviewer, auditor)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplacementCaseResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReplacementCaseResponse get(@Parameter(description = "Case id") @PathParam("id") UUID id) {
        return view(id);
    }

    @POST
    @Path("/{id}/children/{childId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH})
    @Operation(operationId = "placeReplacementChild", summary = "Place a waiting child of the case in a nursery (registrar, health)",
            description = "Enrols the child like any enrolment (the nursery's row lock, never over capacity, the fee "
                    + "reduction, enrolment-changed.v1). A child not in the case, or no such case, is a 404; a child placed "
                    + "or withdrawn already, a resolved case, a full nursery or one not OPERATING is a 409; a child not "
                    + "under 3 on the start day is a 422. The case is RESOLVED when no child waits any more.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlacementRequest.class), examples = @ExampleObject(name = "placement", value = PLACEMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The case after the placement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplacementCaseResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public ReplacementCaseResponse place(@Parameter(description = "Case id") @PathParam("id") UUID id,
                                         @Parameter(description = "The child's birth registration id") @PathParam("childId") UUID childId,
                                         @Valid @NotNull(message = "a JSON body is required") PlacementRequest request,
                                         @Context SecurityContext security) {
        requireCaseInScope(id);
        visible.requireCreateAt(request.institutionId());
        resolving.place(id, childId, request.institutionId(), request.startDate(), ActingRole.of(security, WRITERS));
        return view(id);
    }

    @POST
    @Path("/{id}/children/{childId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH})
    @Operation(operationId = "withdrawReplacementChild", summary = "Record that a waiting child of the case was withdrawn (registrar, health)",
            description = "The family moved away, cares at home, ... A child not in the case is a 404; one placed or "
                    + "withdrawn already, or a resolved case, is a 409; a day before the case opened or after today is a 400.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseWithdrawalRequest.class), examples = @ExampleObject(name = "withdrawal", value = WITHDRAWAL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The case after the withdrawal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplacementCaseResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReplacementCaseResponse withdraw(@Parameter(description = "Case id") @PathParam("id") UUID id,
                                            @Parameter(description = "The child's birth registration id") @PathParam("childId") UUID childId,
                                            @Valid @NotNull(message = "a JSON body is required") CaseWithdrawalRequest request,
                                            @Context SecurityContext security) {
        requireCaseInScope(id);
        resolving.withdraw(id, childId, request.date(), request.reason().strip(), ActingRole.of(security, WRITERS));
        return view(id);
    }

    /** The case when its township is in the caller's scope; else 404, as for an unknown id. */
    private ReplacementCase caseInScope(UUID id) {
        ReplacementCase c = cases.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("re-placement case", id));
        return visible.scope().visible(c, c.townshipCode, "re-placement case", id);
    }

    /**
     * Refuses a case outside the caller's scope before a change; the case is not kept in the request's persistence
     * context, since the use case changes it in its own transaction and the answer must show the change.
     */
    private void requireCaseInScope(UUID id) {
        cases.getEntityManager().detach(caseInScope(id));
    }

    private ReplacementCaseResponse view(UUID id) {
        ReplacementCase c = caseInScope(id);
        return ReplacementCaseResponse.of(c, resolving.children(c));
    }
}
