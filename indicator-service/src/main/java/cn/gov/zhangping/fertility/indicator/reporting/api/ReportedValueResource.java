package cn.gov.zhangping.fertility.indicator.reporting.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.indicator.reporting.domain.ReportedValue;
import cn.gov.zhangping.fertility.indicator.reporting.domain.Reporting;
import cn.gov.zhangping.fertility.indicator.security.CallerDepartments;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reported-values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reported values", description = "Departments report the indicators they own; a Health Commission reviewer "
        + "approves (locks) or returns them")
public class ReportedValueResource {

    static final String EXAMPLE = """
            {"id":"0b9e1c3a-5d2f-4c1e-9a7b-2f6d8e4c1a90","indicator":5,"period":"2026","townshipCode":"350881",
             "numerator":1480,"denominator":1630,"note":null,"department":"HEALTH","state":"SUBMITTED","revision":1,
             "reviewComment":null,"updatedAt":"2026-11-30T08:00:00Z","history":[{"revision":1,"action":"SUBMITTED",
             "numerator":1480,"denominator":1630,"comment":null,"actor":"health-officer-1","at":"2026-11-30T08:00:00Z"}]}""";

    @Inject
    Reporting reporting;

    @POST
    @RolesAllowed({Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES, Roles.HOUSING, Roles.HR_SOCIAL_SECURITY,
            Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReportedValue", summary = "Submit a value of an indicator the department owns",
            description = "Per period (yyyy, yyyy-Qn, yyyy-MM) and township (350881 or absent for the city). Submitting "
                    + "again before approval replaces the numbers (a new revision); an approved value is locked (409). "
                    + "A department submits only what it owns under Annex 1 (403); computed indicators are not reported (409).")
    @APIResponse(responseCode = "200", description = "The value, submitted (again)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedValue.class),
                    examples = @ExampleObject(name = "prenatal screening 2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReportedValue submit(@Valid @NotNull(message = "a JSON body is required") SubmissionRequest body,
                                @Context SecurityContext security) {
        return reporting.submit(new Reporting.Submission(body.indicator(), body.period(), body.townshipCode(),
                body.numerator(), body.denominator(), body.note()), CallerDepartments.of(security), security.getUserPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES,
            Roles.HOUSING, Roles.HR_SOCIAL_SECURITY, Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY})
    @Operation(operationId = "listReportedValues", summary = "Reported values, newest first (at most 200)")
    @APIResponse(responseCode = "200", description = "The values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportedValue.class),
                    examples = @ExampleObject(name = "one", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ReportedValue> list(
            @Parameter(description = "Only values in this state", example = "SUBMITTED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SUBMITTED", "APPROVED", "RETURNED"}))
            @QueryParam("state") @Pattern(regexp = "^(SUBMITTED|APPROVED|RETURNED)$", message = "must be SUBMITTED, APPROVED or RETURNED") String state,
            @Parameter(description = "Only this indicator", example = "5")
            @QueryParam("indicator") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24") Integer indicator) {
        return reporting.list(state, indicator, 200);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES,
            Roles.HOUSING, Roles.HR_SOCIAL_SECURITY, Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY})
    @Operation(operationId = "getReportedValue", summary = "A reported value with its history")
    @APIResponse(responseCode = "200", description = "The value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedValue.class),
                    examples = @ExampleObject(name = "prenatal screening 2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportedValue get(@Parameter(description = "Reported value id") @PathParam("id") UUID id) {
        return reporting.get(id);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "approveReportedValue", summary = "Approve a submitted value (it is locked and becomes the indicator's value)")
    @APIResponse(responseCode = "200", description = "The approved value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedValue.class),
                    examples = @ExampleObject(name = "approved", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReportedValue approve(@Parameter(description = "Reported value id") @PathParam("id") UUID id,
                                 @Context SecurityContext security) {
        return reporting.approve(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReportedValue", summary = "Return a submitted value to its department with a comment")
    @APIResponse(responseCode = "200", description = "The returned value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedValue.class),
                    examples = @ExampleObject(name = "returned", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReportedValue returnValue(@Parameter(description = "Reported value id") @PathParam("id") UUID id,
                                     @Valid @NotNull(message = "a JSON body is required") ReturnRequest body,
                                     @Context SecurityContext security) {
        return reporting.returnWithComment(id, body.comment, security.getUserPrincipal().getName());
    }
}
