package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.InsuranceEnrolment;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.RecordingInsurance;
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

@Path("/api/v1/households/{id}/members/{memberId}/insurance-enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household reviews")
public class InsuranceEnrolmentResource {

    static final String ENROL_EXAMPLE = """
            {"enrolledOn":"2025-12-10"}""";

    @Inject
    RecordingInsurance insurance;

    @Inject
    CallerScope scope;

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDICAL_SECURITY)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, idComponent = "householdId")
    @Operation(operationId = "putInsuranceEnrolment", summary = "Record a special-family member's insurance enrolment",
            description = "Medical security records the subsidised medical-insurance enrolment (资助参保, "
                    + "二(五)16) of a special-family member for a year (indicator 24), a write on the household (another "
                    + "township's household: 404): 422 for a household that is not a "
                    + "special family, 409 once the year's review of the household's township is confirmed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrolmentRequest.class),
            examples = @ExampleObject(name = "enrolled", value = ENROL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public EnrolmentResponse enrol(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
                                   @PathParam("year") @Min(value = 2000, message = "must be at least 2000")
                                   @Max(value = 2100, message = "must be at most 2100")
                                   @Parameter(description = "The year of cover, 2000 to 2100", example = "2026") int year,
                                   @Valid @NotNull(message = "a JSON body is required") EnrolmentRequest request,
                                   @Context SecurityContext security) {
        InsuranceEnrolment e = insurance.record(id, memberId, year, request.enrolledOn, scope.requireAny(),
                security.getUserPrincipal().getName());
        return new EnrolmentResponse(id, e.memberId, e.year, e.enrolledOn, e.recordedAt, e.recordedBy);
    }
}
