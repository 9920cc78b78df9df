package cn.gov.zhangping.fertility.familysupport.family.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.audit.api.Audited;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.birth.api.Disclosure;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.family.domain.DeclaringChildren;
import cn.gov.zhangping.fertility.familysupport.family.domain.Family;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyChild;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyRegistry;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyChildRepository;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.ratelimit.RateLimited;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Families", description = "Mothers, fathers and their children; birth order derived from the children")
public class FamilyResource {

    static final String SEARCH_EXAMPLE = """
            {"parentIdNumber":"350881199003150026"}""";
    static final String DECLARE_EXAMPLE = """
            {"children":[{"birthDate":"2016-03-08","deceased":false},
                         {"birthDate":"2019-05-02","idNumber":"350881201905020021","deceased":false}]}""";

    @Inject
    FamilyRepository families;

    @Inject
    FamilyChildRepository children;

    @Inject
    FamilyRegistry registry;

    @Inject
    DeclaringChildren declaring;

    @Inject
    BirthRegistrationRepository registrations;

    @Inject
    PersonalDataProtector protector;

    @Inject
    Disclosure disclosure;

    @Inject
    CallerScope scope;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.REVIEWER})
    @Audited(record = AuditedRecord.FAMILY, showsIdNumbers = true)
    @Operation(operationId = "getFamily", summary = "Read a family",
            description = "The mother, the father where recorded, and the children (registered and declared) with "
                    + "their derived birth orders and the findings of registrations under review. Identity numbers are "
                    + "masked unless the caller's role needs them in full (auditor).")
    @APIResponse(responseCode = "200", description = "The family",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FamilyResponse get(@PathParam("id") UUID id, @Context SecurityContext security) {
        Family f = families.get(id);
        return view(scope.visible(f, f.townshipCode, "Family", id), security);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.AUDITOR, Roles.REVIEWER})
    @Audited(value = AuditAction.SEARCHED_BY_ID_NUMBER, record = AuditedRecord.FAMILY, showsIdNumbers = true)
    @Operation(operationId = "searchFamilies", summary = "Find the families of a parent",
            description = "Exact match of the mother's or the father's identity number (through its keyed index; the "
                    + "number is never stored or compared in clear). Only the roles that act on families (registrar, "
                    + "reviewer, auditor). An empty list when there is none.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FamilySearchRequest.class),
            examples = @ExampleObject(name = "mother", value = SEARCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The families, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FamilyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @RateLimited("id-number-search")
    public List<FamilyResponse> search(@Valid @NotNull(message = "a JSON body is required") FamilySearchRequest request,
                                       @Context SecurityContext security) {
        List<String> indexes = protector.indexes(ResidentIdNumber.normalise(request.parentIdNumber));
        return families.findByParent(indexes, scope.limit()).stream().map(f -> view(f, security)).toList();
    }

    @POST
    @Path("/{id}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER})
    @Audited(value = AuditAction.RECORD_CHANGED, record = AuditedRecord.FAMILY, showsIdNumbers = true)
    @Operation(operationId = "declareChildren", summary = "Declare earlier children of a family",
            description = "Children the suite has never seen (born before it existed, or elsewhere), with their date "
                    + "of birth and, where they have one, their identity number; they count for birth order. A child "
                    + "the family already has (same identity number or, without one, same date of birth) is not "
                    + "added twice. Orders of registrations already made are not re-derived: a reviewer corrects "
                    + "them. A family has at most 20 children (422).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclareChildrenRequest.class),
            examples = @ExampleObject(name = "two earlier children", value = DECLARE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The family with its children",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public FamilyResponse declare(@PathParam("id") UUID id,
                                  @Valid @NotNull(message = "a JSON body is required") DeclareChildrenRequest request,
                                  @Context SecurityContext security) {
        Family family = declaring.declare(id, request.children.stream().map(EarlierChildRequest::toDeclared).toList(),
                scope.requireAny(), security.getUserPrincipal().getName());
        return view(families.get(family.id), security);
    }

    private FamilyResponse view(Family f, SecurityContext security) {
        List<FamilyChild> known = children.of(f.id);
        Map<UUID, Integer> orders = registry.orders(known);
        List<UUID> registered = known.stream().filter(FamilyChild::isRegistered).map(c -> c.registrationId).toList();
        Map<UUID, BirthRegistration> byId = registered.isEmpty() ? Map.of()
                : registrations.list("id in ?1", registered).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<FamilyResponse.Child> kids = known.stream()
                .sorted((a, b) -> Integer.compare(orders.get(a.id), orders.get(b.id)))
                .map(c -> new FamilyResponse.Child(c.id, orders.get(c.id), c.birthDate, c.registrationId,
                        disclosure.idNumber(c.idNumberCipher, c.idNumberMasked, security), c.deceased,
                        c.isRegistered() && byId.containsKey(c.registrationId)
                                ? List.copyOf(byId.get(c.registrationId).findings) : List.of()))
                .toList();
        return new FamilyResponse(f.id, disclosure.idNumber(f.motherIdCipher, f.motherIdMasked, security),
                disclosure.idNumber(f.fatherIdCipher, f.fatherIdMasked, security), f.hukouType, f.townshipCode,
                f.communityCode, kids);
    }
}
