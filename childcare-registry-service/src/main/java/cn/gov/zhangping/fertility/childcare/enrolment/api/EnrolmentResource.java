package cn.gov.zhangping.fertility.childcare.enrolment.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.EnrollingChild;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.institution.api.VisibleInstitutions;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
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
@Tag(name = "Enrolments", description = "Children of the under-3 register in nurseries: enrolment within capacity, "
        + "withdrawal, waiting lists, the fee reduction of task 8; published as enrolment-changed.v1")
public class EnrolmentResource {

    static final String EXAMPLE = """
            {"institutionId":"6f1c2b9e-8a54-4d0b-9d8e-3c1a2b4c5d6e","childRegistrationId":"0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11",
             "startDate":"2026-12-01","waitIfFull":false}""";
    static final String WITHDRAW_EXAMPLE = """
            {"date":"2027-01-31"}""";

    @Inject
    VisibleInstitutions visible;

    @Inject
    EnrollingChild enrolling;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    InstitutionRepository institutions;

    @POST
    @Path("/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "enrolChild", summary = "Enrol a child into an operating nursery (registrar)",
            description = "Never over capacity, also under parallel requests (the nursery's row is locked). The fee "
                    + "reduction the child is entitled to is decided here (third or later child 50%, re-born into a "
                    + "special family 100%, only at public inclusive nurseries) and enrolment-changed.v1 is published. "
                    + "A nursery not OPERATING, full (without waitIfFull), or a child enrolled already is a 409; a child "
                    + "not in the register, or not under 3 on the start date, is a 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrolRequest.class), examples = @ExampleObject(name = "enrol", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "202", description = "The nursery is full: the child is on its waiting list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaitingResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response enrol(@Valid @NotNull(message = "a JSON body is required") EnrolRequest request) {
        visible.requireCreateAt(request.institutionId());
        EnrollingChild.Result r = enrolling.enrol(request.institutionId(), request.childRegistrationId(), request.startDate(),
                Boolean.TRUE.equals(request.waitIfFull()));
        if (r.enrolment() == null) {
            return Response.accepted(WaitingResponse.of(r.waiting())).build();
        }
        return Response.created(URI.create("/api/v1/enrolments/" + r.enrolment().id))
                .entity(EnrolmentResponse.of(r.enrolment())).build();
    }

    @POST
    @Path("/enrolments/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "withdrawChild", summary = "Withdraw a child from its nursery (registrar)",
            description = "Ends an active enrolment (409 otherwise) and gives the slot to the first child waiting.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawRequest.class), examples = @ExampleObject(name = "withdraw", value = WITHDRAW_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The ended enrolment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EnrolmentResponse withdraw(@Parameter(description = "Enrolment id") @PathParam("id") UUID id,
                                      @Valid @NotNull(message = "a JSON body is required") WithdrawRequest request) {
        enrolmentInScope(id);
        return EnrolmentResponse.of(enrolling.withdraw(id, request.date()));
    }

    @GET
    @Path("/enrolments/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getEnrolment", summary = "Read one enrolment (registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The enrolment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EnrolmentResponse get(@Parameter(description = "Enrolment id") @PathParam("id") UUID id) {
        return EnrolmentResponse.of(enrolmentInScope(id));
    }

    @GET
    @Path("/childcare-institutions/{id}/enrolments")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listInstitutionEnrolments", summary = "A nursery's enrolments, current and past (registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The enrolments", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<EnrolmentResponse> ofInstitution(@Parameter(description = "Institution id") @PathParam("id") UUID id) {
        visible.get(id);
        return enrolments.ofInstitution(id).stream().map(EnrolmentResponse::of).toList();
    }

    @GET
    @Path("/childcare-institutions/{id}/waiting-list")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getWaitingList", summary = "A nursery's waiting list in the order it is served (registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The children waiting", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WaitingResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<WaitingResponse> waitingList(@Parameter(description = "Institution id") @PathParam("id") UUID id) {
        visible.get(id);
        return enrolments.waiting(id).stream().map(WaitingResponse::of).toList();
    }

    /** The enrolment when its nursery is in the caller's townships; else 404, as for an unknown id. */
    private Enrolment enrolmentInScope(UUID id) {
        Enrolment e = enrolments.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("enrolment", id));
        visible.requireVisible(e.institutionId, "enrolment", id);
        return e;
    }
}
