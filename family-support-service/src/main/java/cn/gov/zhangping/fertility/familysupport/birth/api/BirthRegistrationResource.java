package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.domain.CancellingBirth;
import cn.gov.zhangping.fertility.familysupport.birth.domain.CorrectingBirth;
import cn.gov.zhangping.fertility.familysupport.birth.domain.FieldChange;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegisteringBirth;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegistrationStatus;
import cn.gov.zhangping.fertility.familysupport.birth.domain.ReviewingBirth;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRevisionRepository;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.ratelimit.RateLimited;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/birth-registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Birth registrations", description = "生育登记 and the \"birth is one matter\" (出生一件事) fan-out")
public class BirthRegistrationResource {

    static final String EXAMPLE = """
            {"motherIdNumber":"350881199003150026","childName":"陈安宁","sex":"FEMALE","birthDate":"2026-11-20",
             "birthOrder":2,"townshipCode":"350881001","communityCode":"350881001003","hospital":"漳平市医院",
             "specialFamily":false,"rural":false}""";
    static final String CORRECTION_EXAMPLE = """
            {"changes":{"townshipCode":"350881106","communityCode":"350881106002","rural":true},
             "reason":"出生医学证明核对：乡镇填写有误"}""";
    static final String CANCELLATION_EXAMPLE = """
            {"reason":"DUPLICATE","duplicateOf":"5d2e8a90-7c41-4b6f-8e3a-91c0d4f7b2e5",
             "note":"同一新生儿由两家医院重复登记"}""";
    static final String REVIEW_EXAMPLE = """
            {"decision":"CONFIRM","note":"核对户籍：长子2016年出生于外省，孩次为3"}""";
    static final String ETAG = "The registration's revision in quotes (e.g. \"2\"), for If-Match";
    static final String IF_MATCH = "The ETag of the revision the change is decided on (e.g. \"1\"): if the registration "
            + "has moved on since, nothing is changed and the answer is 412. Without it the change applies to the "
            + "current revision";

    @Inject
    RegisteringBirth registering;

    @Inject
    CorrectingBirth correcting;

    @Inject
    CancellingBirth cancelling;

    @Inject
    ReviewingBirth reviewing;

    @Inject
    BirthRegistrationRepository repository;

    @Inject
    BirthRegistrationRevisionRepository revisions;

    @Inject
    Disclosure disclosure;

    @Inject
    CallerScope scope;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "registerBirth", summary = "Register a birth",
            description = "Registers a birth (first and later births alike) and publishes birth.registered.v1, "
                    + "which the childcare registry, benefit and indicator services act on. The same birth "
                    + "(mother, date of birth, child's name) is registered once among the registrations that stand; "
                    + "a retry with the same Idempotency-Key answers with the original registration.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterBirthRequest.class),
            examples = @ExampleObject(name = "second child", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered (or the original registration, for a repeated Idempotency-Key)",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @RateLimited("registration")
    public Response register(
            @Parameter(description = "Makes a retried request safe: the same key returns the original registration",
                    example = "hosp-0042-20261120-1")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") RegisterBirthRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        scope.requireCreateIn(request.townshipCode());
        RegisteringBirth.Result result = registering.register(request.toDetails(),
                security.getUserPrincipal().getName(), Optional.ofNullable(idempotencyKey));
        BirthRegistration r = result.registration();
        URI location = uri.getBaseUriBuilder().path("api/v1/birth-registrations").path(r.id.toString()).build();
        return IdempotencyKeys.created(location, view(r, security), result.created()).tag(etag(r)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER})
    @Audited(record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "getBirthRegistration", summary = "Read one birth registration",
            description = "A cancelled registration is read like any other, with its status and cancellation.")
    @APIResponse(responseCode = "200", description = "The registration",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id, @Context SecurityContext security) {
        BirthRegistration r = inScope(id);
        return Response.ok(view(r, security)).tag(etag(r)).build();
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER})
    @Audited(record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "listBirthRegistrations", summary = "List birth registrations, newest first",
            description = "The registrations of one status: REGISTERED by default; UNDER_REVIEW is the reviewers' "
                    + "queue (registrations with findings); CANCELLED the cancelled ones.")
    @APIResponse(responseCode = "200", description = "One page of registrations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<BirthRegistrationResponse> list(
            @Parameter(description = "Only this township", example = "350881001")
            @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Parameter(description = "REGISTERED (the default), UNDER_REVIEW (the review queue) or CANCELLED", example = "REGISTERED")
            @QueryParam("status") @DefaultValue("REGISTERED") RegistrationStatus status,
            @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        var limit = scope.limit();
        var items = repository.page(status, townshipCode, limit, page).stream().map(r -> view(r, security)).toList();
        return Page.of(items, page, repository.count(status, townshipCode, limit));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER})
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "correctBirthRegistration", summary = "Correct a birth registration",
            description = "Corrects any of sex, birthDate, birthOrder, townshipCode, communityCode, specialFamily, "
                    + "rural, childName and hospital. The corrected registration is checked as a new one would be; "
                    + "a correction that changes nothing is refused (422 no-change), and a cancelled registration "
                    + "cannot be corrected (409). The revision moves on, the correction is kept in the history, and "
                    + "birth.registration-corrected.v1 is published so that every consumer follows. A reviewer's "
                    + "correction of a registration UNDER_REVIEW also closes the review (status REGISTERED, the event "
                    + "carries reviewPending false).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectBirthRequest.class),
            examples = @ExampleObject(name = "township", value = CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected registration",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response correct(@PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH, example = "\"1\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull(message = "a JSON body is required") CorrectBirthRequest request,
                            @Context SecurityContext security) {
        if (request.changes() != null && request.changes().townshipCode() != null) {
            scope.requireCreateIn(request.changes().townshipCode());
        }
        BirthRegistration r = correcting.correct(id, request.changes().toCorrection(), request.reason(),
                security.getUserPrincipal().getName(), scope.requireAny(), IfMatch.parse(ifMatch),
                security.isUserInRole(Roles.REVIEWER));
        return Response.ok(view(r, security)).tag(etag(r)).build();
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "cancelBirthRegistration", summary = "Cancel a birth registration",
            description = "Cancels a registration that should not stand: a DUPLICATE of another registration of the "
                    + "same birth (duplicateOf, which must stand) or REGISTERED_IN_ERROR. The registration and its "
                    + "history are kept; it is left out of lists, cannot be corrected, and no longer blocks "
                    + "registering the same birth. birth.registration-cancelled.v1 is published so that every "
                    + "consumer withdraws what it derived. Cancelling twice is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancelBirthRequest.class),
            examples = @ExampleObject(name = "duplicate", value = CANCELLATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response cancel(@PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, example = "\"1\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") CancelBirthRequest request,
                           @Context SecurityContext security) {
        BirthRegistration r = cancelling.cancel(id, request.reason(), request.duplicateOf(), request.note(),
                security.getUserPrincipal().getName(), scope.requireAny(), IfMatch.parse(ifMatch));
        return Response.ok(view(r, security)).tag(etag(r)).build();
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.BIRTH_REGISTRATION, showsIdNumbers = true)
    @Operation(operationId = "reviewBirthRegistration", summary = "Confirm a registration under review",
            description = "A reviewer confirms the findings of a registration UNDER_REVIEW as they are: it stands as "
                    + "REGISTERED, the revision moves on (kept in the history with the note and the findings "
                    + "confirmed) and birth.registration-reviewed.v1 (reviewPending false) is published so that "
                    + "consumers release what they held. A registration not under review is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewBirthRequest.class),
            examples = @ExampleObject(name = "confirm", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The confirmed registration",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response review(@PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, example = "\"1\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") ReviewBirthRequest request,
                           @Context SecurityContext security) {
        BirthRegistration r = reviewing.confirm(id, request.note(), security.getUserPrincipal().getName(),
                scope.requireAny(), IfMatch.parse(ifMatch));
        return Response.ok(view(r, security)).tag(etag(r)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER})
    @Operation(operationId = "getBirthRegistrationHistory", summary = "Every revision of a birth registration",
            description = "Who recorded each revision, when, why and what it changed; personal data masked as in the "
                    + "registration for the caller's role.")
    @APIResponse(responseCode = "200", description = "The history, revision 1 first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationHistoryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BirthRegistrationHistoryResponse history(@PathParam("id") UUID id, @Context SecurityContext security) {
        BirthRegistration r = inScope(id);
        var items = revisions.of(id).stream().map(v -> new BirthRegistrationHistoryResponse.Revision(v.revision, v.kind,
                v.recordedAt, v.recordedBy, v.reason, v.cancellationReason, v.duplicateOf,
                v.changes.stream().map(c -> change(c, security)).toList())).toList();
        return new BirthRegistrationHistoryResponse(r.id, r.revision, r.status, items);
    }

    /** The registration when its township is in the caller's scope; else 404 as if it did not exist. */
    private BirthRegistration inScope(UUID id) {
        BirthRegistration r = repository.get(id);
        return scope.visible(r, r.townshipCode, "Birth registration", id);
    }

    private BirthRegistrationHistoryResponse.Change change(FieldChange c, SecurityContext security) {
        if (c.field().equals(FieldChange.CHILD_NAME)) {
            return new BirthRegistrationHistoryResponse.Change(c.field(), disclosure.childName(c.from(), security),
                    disclosure.childName(c.to(), security));
        }
        return new BirthRegistrationHistoryResponse.Change(c.field(), c.from(), c.to());
    }

    private BirthRegistrationResponse view(BirthRegistration r, SecurityContext security) {
        return BirthRegistrationResponse.of(r, disclosure.motherIdNumber(r, security), disclosure.childName(r.childName, security));
    }

    private static EntityTag etag(BirthRegistration r) {
        return new EntityTag(Integer.toString(r.revision));
    }
}
