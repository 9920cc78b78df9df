package cn.gov.zhangping.fertility.childcare.institution.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.domain.ManagingInstitutions;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Childcare institutions", description = "Registry of nurseries (托育机构, plan tasks 8 and 10): registration, "
        + "lifecycle with history, slots, and the public disclosure of operating nurseries")
public class InstitutionResource {

    static final String EXAMPLE = """
            {"name":"菁城街道西安社区托育园","creditCode":"91350100M000100Y43","kind":"PUBLIC_INCLUSIVE","inclusive":true,
             "townshipCode":"350881001","communityCode":"350881001003","address":"菁城街道西安路 12 号","totalSlots":60,
             "inclusiveSlots":40,"ageGroups":["FROM_1_TO_2","FROM_2_TO_3"],"monthlyFee":1200.00,"operator":"漳平市国有资产投资集团"}""";
    static final String STATUS_EXAMPLE = """
            {"status":"FILED","effectiveOn":"2026-12-01","reason":"备案材料齐全"}""";
    static final String SLOTS_EXAMPLE = """
            {"totalSlots":80,"inclusiveSlots":50}""";
    private static final String ID = "Institution id";

    @Inject
    VisibleInstitutions visible;

    @Inject
    ManagingInstitutions managing;

    @Inject
    InstitutionRepository institutions;

    @Inject
    EnrolmentRepository enrolments;

    @POST
    @Path("/childcare-institutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "registerInstitution", summary = "Register a childcare institution (registrar: Health Commission)",
            description = "Registers the institution as REGISTERED and publishes institution-changed.v1. The credit code's "
                    + "check character is verified (GB 32100-2015); inclusive slots above the total, or a community not in "
                    + "the register under the township, is a 400; a credit code registered already is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterInstitutionRequest.class),
            examples = @ExampleObject(name = "public inclusive", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response register(@Valid @NotNull(message = "a JSON body is required") RegisterInstitutionRequest request,
                             @Context SecurityContext security) {
        visible.scope().requireCreateIn(request.townshipCode());
        ChildcareInstitution i = managing.register(request.toDetails(), Roles.REGISTRAR);
        return Response.created(URI.create("/api/v1/childcare-institutions/" + i.id)).entity(InstitutionResponse.of(i, 0, 0)).build();
    }

    @GET
    @Path("/childcare-institutions")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listInstitutions", summary = "List childcare institutions (registrar, reader, auditor)",
            description = "By township and status when given, by name.")
    @APIResponse(responseCode = "200", description = "The institutions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<InstitutionResponse> list(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Parameter(description = "Status", example = "OPERATING") @QueryParam("status") InstitutionStatus status) {
        Map<UUID, Long> enrolled = enrolments.activeByInstitution();
        Map<UUID, Long> waiting = enrolments.waitingByInstitution();
        return institutions.find(townshipCode, status, visible.limit()).stream()
                .map(i -> InstitutionResponse.of(i, enrolled.getOrDefault(i.id, 0L), waiting.getOrDefault(i.id, 0L))).toList();
    }

    @GET
    @Path("/childcare-institutions/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getInstitution", summary = "Read one childcare institution (registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The institution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public InstitutionResponse get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return view(find(id));
    }

    @POST
    @Path("/childcare-institutions/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "changeInstitutionStatus", summary = "Move an institution through its lifecycle (registrar)",
            description = "REGISTERED → FILED (备案) → OPERATING → SUSPENDED → OPERATING again, and CLOSED from any status "
                    + "but CLOSED. Another step is a 409. The step is kept in the history with its date, reason and role. "
                    + "Closing ends the enrolments of its children as of the closing day and cancels its waiting list; "
                    + "operating again serves the waiting list.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChangeRequest.class), examples = @ExampleObject(name = "filed", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The institution after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public InstitutionResponse changeStatus(@Parameter(description = ID) @PathParam("id") UUID id,
                                            @Valid @NotNull(message = "a JSON body is required") StatusChangeRequest request) {
        visible.get(id);
        ChildcareInstitution i = managing.changeStatus(id, request.status(), request.effectiveOn(), request.reason().strip(),
                Roles.REGISTRAR);
        return view(i);
    }

    @PUT
    @Path("/childcare-institutions/{id}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "changeInstitutionSlots", summary = "Change an institution's slots (registrar)",
            description = "Inclusive slots above the total is a 400; a total below the children enrolled, or a closed "
                    + "institution, is a 409. Freed slots go to the waiting list in order.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SlotsRequest.class), examples = @ExampleObject(name = "more slots", value = SLOTS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The institution with its new slots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public InstitutionResponse changeSlots(@Parameter(description = ID) @PathParam("id") UUID id,
                                           @Valid @NotNull(message = "a JSON body is required") SlotsRequest request) {
        visible.get(id);
        return view(managing.changeSlots(id, request.totalSlots(), request.inclusiveSlots()));
    }

    @GET
    @Path("/childcare-institutions/{id}/history")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getInstitutionHistory", summary = "An institution's lifecycle steps, oldest first (registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The steps", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StatusChangeResponse> history(@Parameter(description = ID) @PathParam("id") UUID id) {
        find(id);
        return institutions.history(id).stream().map(StatusChangeResponse::of).toList();
    }

    @GET
    @Path("/public/nurseries")
    @PermitAll
    @Transactional
    @Operation(operationId = "listPublicNurseries", summary = "Operating nurseries, disclosed to the public (no token)",
            description = "Information disclosure (信息公示, plan task 10): every OPERATING nursery with its kind, place, "
                    + "slots, free slots, age groups and fee. No personal data.")
    @APIResponse(responseCode = "200", description = "The operating nurseries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicNurseryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<PublicNurseryResponse> publicNurseries(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode) {
        Map<UUID, Long> enrolled = enrolments.activeByInstitution();
        return institutions.find(townshipCode, InstitutionStatus.OPERATING).stream()
                .map(i -> PublicNurseryResponse.of(i, enrolled.getOrDefault(i.id, 0L))).toList();
    }

    private ChildcareInstitution find(UUID id) {
        return visible.get(id);
    }

    private InstitutionResponse view(ChildcareInstitution i) {
        return InstitutionResponse.of(i, enrolments.countActive(i.id), enrolments.waiting(i.id).size());
    }
}
