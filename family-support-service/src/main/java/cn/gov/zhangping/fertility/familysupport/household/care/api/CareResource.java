package cn.gov.zhangping.fertility.familysupport.household.care.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CareArrangement;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CaringForHousehold;
import cn.gov.zhangping.fertility.familysupport.household.care.persistence.CareRepository;
import cn.gov.zhangping.fertility.familysupport.household.api.HouseholdViews;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/households/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household care", description = "Care of special families: contacts, family doctor, care log, census (task 17)")
public class CareResource {

    static final String CARE_EXAMPLE = """
            {"townshipContact":{"name":"陈建华","phone":"0597-7532100"},
             "villageContact":{"name":"李秀英","phone":"13905970000"},
             "familyDoctor":{"name":"林医生","institution":"永福镇卫生院","contractedOn":"2025-03-01"}}""";
    static final String VISIT_EXAMPLE = """
            {"service":"MEDICAL_ESCORT","visitedOn":"2026-05-12","note":"陪同到市医院复诊"}""";
    static final String CENSUS_EXAMPLE = """
            {"year":2026,"level":"TOWNSHIP","checkedOn":"2026-06-01","finding":"情况属实"}""";

    @Inject
    CallerScope scope;

    @Inject
    CaringForHousehold caring;

    @Inject
    CareRepository care;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdViews householdViews;

    @GET
    @Path("/care")
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "getHouseholdCare", summary = "Read a household's care",
            description = "The two contact persons, the family doctor, the care log and the census checks.")
    @APIResponse(responseCode = "200", description = "The care",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CareResponse get(@PathParam("id") UUID id) {
        return view(householdViews.visible(id).id);
    }

    @PUT
    @Path("/care")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, idComponent = "householdId")
    @Operation(operationId = "putHouseholdCare", summary = "Set a special family's contact persons and family doctor",
            description = "双岗联系人 (one from the township, one from the village or community) and the contracted family "
                    + "doctor (漳政办规〔2023〕2号 二(五)17). Special families only (422).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CareRequest.class), examples = @ExampleObject(name = "contacts", value = CARE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The care",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public CareResponse put(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") CareRequest r,
                            @Context SecurityContext security) {
        CareRequest.Doctor d = r.familyDoctor();
        caring.arrange(id, new CaringForHousehold.Contacts(r.townshipContact().name(), r.townshipContact().phone(),
                r.villageContact().name(), r.villageContact().phone(), d == null ? null : d.name(),
                d == null ? null : d.institution(), d == null ? null : d.contractedOn()),
                scope.requireAny(), security.getUserPrincipal().getName());
        return view(id);
    }

    @POST
    @Path("/care-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, idComponent = "householdId")
    @Operation(operationId = "logCareVisit", summary = "Log a care service for a special family",
            description = "生活照料, 就医陪护, \"两免五优先\" priority care or a visit (二(五)17). Special families only (422).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CareVisitRequest.class), examples = @ExampleObject(name = "escort", value = VISIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Logged; the care",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response visit(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") CareVisitRequest r,
                          @Context SecurityContext security) {
        caring.log(id, r.service(), r.visitedOn(), r.note(), scope.requireAny(), security.getUserPrincipal().getName());
        return Response.status(201).entity(view(id)).build();
    }

    @POST
    @Path("/census-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.HOUSEHOLD, idComponent = "householdId")
    @Operation(operationId = "recordCensusCheck", summary = "Record a household's yearly census check",
            description = "Who checked the household (the caller) and when, at city or township level (每年普查); a second "
                    + "check of the same year and level replaces the first.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CensusCheckRequest.class), examples = @ExampleObject(name = "township", value = CENSUS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The care",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public CareResponse census(@PathParam("id") UUID id,
                               @Valid @NotNull(message = "a JSON body is required") CensusCheckRequest r,
                               @Context SecurityContext security) {
        caring.census(id, r.year(), r.level(), r.checkedOn(), r.finding(), scope.requireAny(),
                security.getUserPrincipal().getName());
        return view(id);
    }

    private CareResponse view(UUID householdId) {
        CareArrangement a = care.arrangement(householdId).orElse(null);
        return new CareResponse(householdId,
                a == null ? null : new CareRequest.Contact(a.townshipContactName, a.townshipContactPhone),
                a == null ? null : new CareRequest.Contact(a.villageContactName, a.villageContactPhone),
                a == null || a.familyDoctorName == null ? null
                        : new CareRequest.Doctor(a.familyDoctorName, a.familyDoctorInstitution, a.familyDoctorSince),
                care.visits(householdId).stream().map(v -> new CareResponse.Visit(v.id, v.service, v.visitedOn, v.note,
                        v.recordedAt, v.recordedBy)).toList(),
                care.censusChecks(householdId).stream().map(c -> new CareResponse.Census(c.year, c.level, c.checkedOn,
                        c.checkedBy, c.finding)).toList());
    }
}
