package cn.gov.zhangping.fertility.familysupport.application.api;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import cn.gov.zhangping.fertility.familysupport.application.domain.ChangingSubMatter;
import cn.gov.zhangping.fertility.familysupport.application.domain.JointApplication;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.application.persistence.JointApplicationRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint applications", description = "\"Birth is one matter\" (出生一件事): one application, six sub-matters, "
        + "each with its department")
public class ApplicationResource {

    static final String CHANGE_EXAMPLE = """
            {"status":"REJECTED","reasonCode":"DOCUMENT_MISSING"}""";

    @Inject
    JointApplicationRepository applications;

    @Inject
    ChangingSubMatter changing;

    @Inject
    ApplicationViews views;

    @Inject
    CallerScope scope;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.WORKLIST_HEALTH, Roles.WORKLIST_CDC,
            Roles.WORKLIST_PUBLIC_SECURITY, Roles.WORKLIST_MEDICAL_SECURITY, Roles.WORKLIST_HR_SOCIAL_SECURITY})
    @Operation(operationId = "getApplication", summary = "Read a joint application",
            description = "Its sub-matters with their departments, statuses, due dates and whether they are overdue. "
                    + "No personal data.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApplicationResponse get(@PathParam("id") UUID id) {
        return views.of(inScope(id));
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.WORKLIST_HEALTH, Roles.WORKLIST_CDC,
            Roles.WORKLIST_PUBLIC_SECURITY, Roles.WORKLIST_MEDICAL_SECURITY, Roles.WORKLIST_HR_SOCIAL_SECURITY})
    @Operation(operationId = "findApplicationOfRegistration", summary = "The joint application a birth registration opened",
            description = "A list with the one application of the registration, or empty (a child born more than 3 "
                    + "years before its registration has none).")
    @APIResponse(responseCode = "200", description = "The application, or none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ApplicationResponse> ofRegistration(
            @Parameter(description = "The birth registration", required = true, example = "0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11")
            @QueryParam("registrationId") @NotNull(message = "is required") UUID registrationId) {
        return applications.ofRegistration(registrationId)
                .filter(a -> scope.requireAny().permits(applications.townshipOf(a))).map(views::of).stream().toList();
    }

    @POST
    @Path("/{id}/sub-matters/{kind}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.WORKLIST_HEALTH, Roles.WORKLIST_CDC, Roles.WORKLIST_PUBLIC_SECURITY,
            Roles.WORKLIST_MEDICAL_SECURITY, Roles.WORKLIST_HR_SOCIAL_SECURITY})
    @Operation(operationId = "changeSubMatter", summary = "Change a sub-matter's status",
            description = "SUBMITTED → ACCEPTED → DONE, or REJECTED (from SUBMITTED or ACCEPTED, with a reasonCode the "
                    + "family can act on) and then SUBMITTED again. ACCEPTED, DONE and REJECTED only by the worklist "
                    + "officer of the sub-matter's department (403 for another department's); SUBMITTED (a "
                    + "resubmission, with a new due date) only by a registrar for the family. A change the status does "
                    + "not allow is a 409. Publishes application.sub-matter-changed.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeSubMatterRequest.class),
            examples = @ExampleObject(name = "reject", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The application after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public ApplicationResponse change(@PathParam("id") UUID id,
                                      @Parameter(description = "The sub-matter", example = "HOUSEHOLD_REGISTRATION")
                                      @PathParam("kind") SubMatterKind kind,
                                      @Valid @NotNull(message = "a JSON body is required") ChangeSubMatterRequest request,
                                      @Context SecurityContext security) {
        inScope(id);
        List<Department> departments = Arrays.stream(Department.values())
                .filter(d -> security.isUserInRole(Roles.worklistOf(d))).toList();
        var caller = new ChangingSubMatter.Caller(security.getUserPrincipal().getName(), departments,
                security.isUserInRole(Roles.REGISTRAR));
        return views.of(changing.change(id, kind, request.status(), request.reasonCode(), caller));
    }

    /** The application when its birth's township is in the caller's scope; else 404 as if it did not exist. */
    private JointApplication inScope(UUID id) {
        JointApplication a = applications.get(id);
        return scope.visible(a, applications.townshipOf(a), "Application", id);
    }

    static DomainException unknownDepartment(String slug) {
        return new DomainException(404, "not-found", "Not found", "No worklist for department " + slug);
    }
}
