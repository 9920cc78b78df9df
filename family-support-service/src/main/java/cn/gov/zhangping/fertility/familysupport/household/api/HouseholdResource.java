package cn.gov.zhangping.fertility.familysupport.household.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.household.domain.ChangingHouseholdStatus;
import cn.gov.zhangping.fertility.familysupport.household.domain.EnrollingHousehold;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
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

@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Family-planning households: reward and assistance, special families (tasks 15–16)")
public class HouseholdResource {

    static final String ENROL_EXAMPLE = """
            {"basis":"ONLY_CHILD","townshipCode":"350881102","since":"1995-01-01",
             "members":[{"role":"MOTHER","idNumber":"350881196402290027","hukouType":"RURAL"},
                        {"role":"FATHER","idNumber":"350881196305120035","hukouType":"RURAL"},
                        {"role":"CHILD","idNumber":"350881199001050012","hukouType":"RURAL"}],
             "evidence":[{"documentType":"ONLY_CHILD_CERTIFICATE","documentNumber":"闽独字第0012345号","issuedOn":"1992-05-10"}]}""";
    static final String EVIDENCE_EXAMPLE = """
            {"documents":[{"documentType":"HOUSEHOLD_REGISTER","documentNumber":"350881102-0456","issuedOn":"2020-03-01"}]}""";
    static final String CHANGE_EXAMPLE = """
            {"kind":"MOVED_AWAY","effectiveOn":"2026-03-14"}""";
    @Inject
    CallerScope scope;

    @Inject
    HouseholdRepository households;

    @Inject
    EnrollingHousehold enrolling;

    @Inject
    ChangingHouseholdStatus changing;

    @Inject
    HouseholdViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, showsIdNumbers = true)
    @Operation(operationId = "enrolHousehold", summary = "Enrol a family-planning household",
            description = "The Health Commission registrar enrols a household with its members (identity numbers "
                    + "stored encrypted) and the evidence seen. The members must fit the basis (422): one living child "
                    + "for ONLY_CHILD, two daughters and rural hukou for RURAL_TWO_DAUGHTERS, one deceased child for "
                    + "CHILD_DECEASED, one child disabled at grade 1–3 for CHILD_DISABLED (国人口发〔2007〕78号). "
                    + "Publishes household.status-changed.v1 (ENROLLED).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrolHouseholdRequest.class),
            examples = @ExampleObject(name = "only child", value = ENROL_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response enrol(@Valid @NotNull(message = "a JSON body is required") EnrolHouseholdRequest request,
                          @Context SecurityContext security) {
        scope.requireCreateIn(request.townshipCode());
        Household h = enrolling.enrol(request.basis(), request.family(), request.townshipCode(), request.since(),
                request.members().stream().map(MemberRequest::toNew).toList(),
                request.evidence().stream().map(EvidenceRequest::toDocument).toList(),
                security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/households/" + h.id)).entity(views.view(h, security)).build();
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER, Roles.READER, Roles.AUDITOR, Roles.MEDICAL_SECURITY})
    @Audited(record = AuditedRecord.HOUSEHOLD, showsIdNumbers = true)
    @Operation(operationId = "listHouseholds", summary = "List households",
            description = "Oldest first, optionally of one scheme and township.")
    @APIResponse(responseCode = "200", description = "A page of households")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<HouseholdResponse> list(
            @QueryParam("scheme") @Parameter(description = "Only this scheme") Scheme scheme,
            @QueryParam("townshipCode") @TownshipCode @Parameter(description = "Only this township", example = "350881102")
            String townshipCode,
            @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        var limit = scope.limit();
        return Page.of(households.page(scheme, townshipCode, limit, page).stream().map(h -> views.view(h, security)).toList(),
                page, households.count(scheme, townshipCode, limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER, Roles.READER, Roles.AUDITOR, Roles.MEDICAL_SECURITY})
    @Audited(record = AuditedRecord.HOUSEHOLD, showsIdNumbers = true)
    @Operation(operationId = "getHousehold", summary = "Read a household",
            description = "Members, evidence and status history. Identity numbers masked unless the caller is an auditor.")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HouseholdResponse get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return views.view(views.visible(id), security);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, showsIdNumbers = true)
    @Operation(operationId = "addHouseholdEvidence", summary = "Record evidence seen for a household",
            description = "Document type, number and date; no file is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddEvidenceRequest.class),
            examples = @ExampleObject(name = "household register", value = EVIDENCE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public HouseholdResponse addEvidence(@PathParam("id") UUID id,
                                         @Valid @NotNull(message = "a JSON body is required") AddEvidenceRequest request,
                                         @Context SecurityContext security) {
        Household h = enrolling.addEvidence(id, request.documents.stream().map(EvidenceRequest::toDocument).toList(),
                scope.requireAny(), security.getUserPrincipal().getName());
        return views.view(h, security);
    }

    @POST
    @Path("/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, showsIdNumbers = true)
    @Operation(operationId = "changeHouseholdStatus", summary = "Record a household's status change",
            description = "A member's death (the only child's death makes an only-child household a special family), a "
                    + "child's disability grade (grade 1–3 makes it a special family), a special family's re-birth "
                    + "(ends special assistance; a birth registered in its family record does this by itself), moving "
                    + "out of Zhangping. Eligibility ends from the month after (yearly review). An ended or moved-away "
                    + "household takes no change (409). Publishes household.status-changed.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChangeRequest.class),
            examples = @ExampleObject(name = "moved away", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The household after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public HouseholdResponse changeStatus(@PathParam("id") UUID id,
                                          @Valid @NotNull(message = "a JSON body is required") StatusChangeRequest request,
                                          @Context SecurityContext security) {
        Household h = changing.record(id, request.toChange(), scope.requireAny(), security.getUserPrincipal().getName());
        return views.view(h, security);
    }
}
