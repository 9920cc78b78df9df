package cn.gov.zhangping.fertility.childcare.inspection.api;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.childcare.inspection.domain.EnforcementAction;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Finding;
import cn.gov.zhangping.fertility.childcare.inspection.domain.Inspection;
import cn.gov.zhangping.fertility.childcare.inspection.domain.SupervisingNurseries;
import cn.gov.zhangping.fertility.childcare.inspection.persistence.InspectionRepository;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.institution.api.VisibleInstitutions;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Inspections of nurseries with findings and rectifications, and enforcement "
        + "actions that can suspend or close them (plan task 10)")
public class InspectionResource {

    static final String EXAMPLE = """
            {"inspectedOn":"2026-11-20","department":"漳平市卫生健康局","kind":"ROUTINE","outcome":"PASSED_WITH_FINDINGS",
             "summary":"消防通道堆放杂物","findings":[{"category":"FIRE_SAFETY","severity":"MAJOR","description":"消防通道堆放杂物",
             "rectifyBy":"2026-12-20"}]}""";
    static final String RECTIFICATION_EXAMPLE = """
            {"rectifiedOn":"2026-11-28","note":"杂物已清理，复查合格"}""";
    static final String ACTION_EXAMPLE = """
            {"kind":"SUSPENSION","takenOn":"2026-11-25","reason":"消防检查不合格，停业整改"}""";
    static final String FINE_EXAMPLE = """
            {"kind":"FINE","takenOn":"2026-11-25","reason":"未按期整改","fineAmount":5000.00}""";
    private static final String ID = "Institution id";
    private static final String[] WRITERS = {Roles.REGISTRAR, Roles.HEALTH};

    @Inject
    VisibleInstitutions visible;

    @Inject
    SupervisingNurseries supervising;

    @Inject
    InspectionRepository inspections;

    @Inject
    InstitutionRepository institutions;

    @POST
    @Path("/childcare-institutions/{id}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH})
    @Operation(operationId = "recordInspection", summary = "Record an inspection of a nursery (registrar, health)",
            description = "Kind ROUTINE, COMPLAINT or SPECIAL_CAMPAIGN; outcome PASSED (no findings), PASSED_WITH_FINDINGS "
                    + "or FAILED (at least one finding, each with a rectification deadline). A day after today, a deadline "
                    + "before the inspection, or findings that do not fit the outcome is a 400; a closed institution is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionRequest.class), examples = @ExampleObject(name = "with a finding", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response record(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Valid @NotNull(message = "a JSON body is required") InspectionRequest request,
                           @Context SecurityContext security) {
        visible.get(id);
        Inspection i = supervising.record(id, request.toDetails(), ActingRole.of(security, WRITERS));
        return Response.created(URI.create("/api/v1/childcare-institutions/" + id + "/inspections"))
                .entity(InspectionResponse.of(i, inspections.findings(i.id))).build();
    }

    @GET
    @Path("/childcare-institutions/{id}/inspections")
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH, Roles.REVIEWER, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listInspections", summary = "A nursery's inspections with their findings, newest first "
            + "(registrar, health, reviewer, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The inspections", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<InspectionResponse> list(@Parameter(description = ID) @PathParam("id") UUID id) {
        visible.get(id);
        return inspections.ofInstitution(id).stream().map(i -> InspectionResponse.of(i, inspections.findings(i.id))).toList();
    }

    @POST
    @Path("/inspection-findings/{id}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH})
    @Operation(operationId = "rectifyFinding", summary = "Record that a finding was rectified (registrar, health)",
            description = "Closes the finding. A day before the inspection or after today is a 400; a finding rectified "
                    + "already is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RectificationRequest.class),
            examples = @ExampleObject(name = "rectified", value = RECTIFICATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The finding, rectified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionResponse.FindingResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public InspectionResponse.FindingResponse rectify(@Parameter(description = "Finding id") @PathParam("id") UUID id,
                                                      @Valid @NotNull(message = "a JSON body is required") RectificationRequest request,
                                                      @Context SecurityContext security) {
        inspections.finding(id).ifPresent(found -> visible.requireVisible(found.institutionId, "finding", id));
        Finding f = supervising.rectify(id, request.rectifiedOn(), request.note().strip(), ActingRole.of(security, WRITERS));
        return InspectionResponse.FindingResponse.of(f);
    }

    @POST
    @Path("/childcare-institutions/{id}/enforcement-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH})
    @Operation(operationId = "takeEnforcementAction", summary = "Take an enforcement action on a nursery (registrar, health)",
            description = "WARNING, RECTIFICATION_ORDER and FINE (with fineAmount) leave the status alone. SUSPENSION moves "
                    + "an OPERATING nursery to SUSPENDED, SUSPENSION_LIFTED a SUSPENDED one back to OPERATING once every "
                    + "finding is rectified (409 findings-open otherwise), REVOCATION closes it: its enrolments end with "
                    + "reason NURSERY_CLOSED and a re-placement case opens for its children. These three are lifecycle "
                    + "steps (history, institution-changed.v1); a step the lifecycle does not allow, or a closed "
                    + "institution, is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnforcementRequest.class),
            examples = {@ExampleObject(name = "suspension", value = ACTION_EXAMPLE), @ExampleObject(name = "fine", value = FINE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Taken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnforcementResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response act(@Parameter(description = ID) @PathParam("id") UUID id,
                        @Valid @NotNull(message = "a JSON body is required") EnforcementRequest request,
                        @Context SecurityContext security) {
        visible.get(id);
        EnforcementAction a = supervising.take(id, request.toDetails(), ActingRole.of(security, WRITERS));
        return Response.created(URI.create("/api/v1/childcare-institutions/" + id + "/enforcement-actions"))
                .entity(EnforcementResponse.of(a)).build();
    }

    @GET
    @Path("/childcare-institutions/{id}/enforcement-actions")
    @RolesAllowed({Roles.REGISTRAR, Roles.HEALTH, Roles.REVIEWER, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listEnforcementActions", summary = "A nursery's enforcement actions, oldest first "
            + "(registrar, health, reviewer, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The actions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = EnforcementResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<EnforcementResponse> actions(@Parameter(description = ID) @PathParam("id") UUID id) {
        visible.get(id);
        return inspections.actions(id).stream().map(EnforcementResponse::of).toList();
    }
}
