package cn.gov.zhangping.fertility.familysupport.household.leave.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.household.leave.domain.CheckingNursingLeave;
import cn.gov.zhangping.fertility.familysupport.household.leave.domain.NursingLeaveRule;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/nursing-leave-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nursing leave", description = "The only child's nursing leave for a parent aged 60+ in hospital (task 15)")
public class NursingLeaveResource {

    static final String EXAMPLE = """
            {"childIdNumber":"350881199001050012"}""";

    @Inject
    CheckingNursingLeave checking;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMPLOYER_HR)
    @Audited(value = AuditAction.SEARCHED_BY_ID_NUMBER, record = AuditedRecord.NURSING_LEAVE_CHECK, idComponent = "checkId")
    @Operation(operationId = "checkNursingLeave", summary = "Check whether an employee qualifies for nursing leave",
            description = "An employer's HR (用人单位) asks whether the employee is the only child of a household with a "
                    + "living parent aged 60 or more this year (漳政办规〔2023〕2号 二(五)15: up to 10 days a year while the "
                    + "parent is in hospital, pay unchanged; the hospital stay is for the employer to see). The answer "
                    + "says why, and the check is recorded (who, when, outcome) without the identity number in clear.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NursingLeaveRequest.class), examples = @ExampleObject(name = "employee", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NursingLeaveResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public NursingLeaveResponse check(@Valid @NotNull(message = "a JSON body is required") NursingLeaveRequest request,
                                      @Context SecurityContext security) {
        CheckingNursingLeave.Answer a = checking.check(request.childIdNumber, security.getUserPrincipal().getName());
        return new NursingLeaveResponse(a.check().id, a.check().qualifies, NursingLeaveRule.Reason.valueOf(a.check().reason),
                a.check().year, a.allowanceDays(), a.check().checkedAt);
    }
}
