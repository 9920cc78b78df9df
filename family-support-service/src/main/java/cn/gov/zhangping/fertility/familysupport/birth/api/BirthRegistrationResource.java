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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistrationService;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Inject
    BirthRegistrationService service;

    @Inject
    BirthRegistrationRepository repository;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "registerBirth", summary = "Register a birth",
            description = "Registers a birth (first and later births alike) and publishes birth.registered.v1, "
                    + "which the childcare registry, benefit and indicator services act on. The same birth "
                    + "(mother, date of birth, child's name) is registered once; a retry with the same "
                    + "Idempotency-Key answers with the original registration.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterBirthRequest.class),
            examples = @ExampleObject(name = "second child", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered (or the original registration, for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(
            @Parameter(description = "Makes a retried request safe: the same key returns the original registration",
                    example = "hosp-0042-20261120-1")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") RegisterBirthRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        BirthRegistrationService.Result result = service.register(request.toDetails(),
                security.getUserPrincipal().getName(), Optional.ofNullable(idempotencyKey));
        URI location = uri.getBaseUriBuilder().path("api/v1/birth-registrations").path(result.registration().id.toString()).build();
        Response.ResponseBuilder response = Response.created(location).entity(view(result.registration(), security));
        if (!result.created()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "getBirthRegistration", summary = "Read one birth registration")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthRegistrationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BirthRegistrationResponse get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return view(service.get(id), security);
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "listBirthRegistrations", summary = "List birth registrations, newest first")
    @APIResponse(responseCode = "200", description = "One page of registrations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<BirthRegistrationResponse> list(
            @Parameter(description = "Only this township", example = "350881001")
            @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        var items = repository.page(townshipCode, page).stream().map(r -> view(r, security)).toList();
        return Page.of(items, page, repository.count(townshipCode));
    }

    /** Auditors see the identity number in full; registrars and auditors see the child's full name. */
    private BirthRegistrationResponse view(BirthRegistration r, SecurityContext security) {
        String motherId = security.isUserInRole(Roles.AUDITOR) ? service.motherIdNumber(r) : r.motherIdMasked;
        boolean fullName = security.isUserInRole(Roles.REGISTRAR) || security.isUserInRole(Roles.AUDITOR);
        String name = fullName ? r.childName : masked(r.childName);
        return BirthRegistrationResponse.of(r, motherId, name);
    }

    /** The first character and a star for each other one, counted in code points so no surrogate pair is split. */
    static String masked(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
