package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.claims.domain.DecidingClaim;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.households.domain.PayingHouseholdSchemes;
import cn.gov.zhangping.fertility.benefit.children.api.VisibleChildren;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/families/{familyId}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitlements")
public class FamilyEntitlementResource {

    static final String EXAMPLE = """
            {"familyId":"8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b","asOf":"2024-06-01",
             "children":[""" + EntitlementResource.EXAMPLE_CHILD + "],\"claims\":[],\"householdSchemes\":[]}";

    @Inject
    VisibleChildren visible;

    @Inject
    EntitlementService service;

    @Inject
    DecidingClaim claims;

    @Inject
    PayingHouseholdSchemes households;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "familyEntitlements", summary = "A family's entitlements on a date",
            description = "Every registered child of the family (familyId as the birth events carry it), oldest first, "
                    + "each with its entitlements as GET /api/v1/entitlements gives them. 404 for a family no birth "
                    + "event has named. asOf answers for any date (default today, Asia/Shanghai). Also the family's "
                    + "claims (every kind) with their state history, and the household schemes of the family-planning "
                    + "households that name the family, as they stand now.")
    @APIResponse(responseCode = "200", description = "The family's entitlements on the date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FamilyEntitlementsResponse.class),
                    examples = @ExampleObject(name = "a family with a third child (excerpt)", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FamilyEntitlementsResponse forFamily(
            @Parameter(description = "The pseudonymous family (family-support-service)", required = true,
                    example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", pattern = EntitlementResource.UUID_PATTERN))
            @PathParam("familyId") @Pattern(regexp = EntitlementResource.UUID_PATTERN, message = "must be a UUID") String familyId,
            @Parameter(description = "The date to answer for (default today, Asia/Shanghai), from 2000-01-01 to 2199-12-31",
                    example = "2025-06-15", schema = @Schema(type = SchemaType.STRING, format = "date",
                    pattern = EntitlementResource.DATE_PATTERN))
            @QueryParam("asOf") @Pattern(regexp = EntitlementResource.DATE_PATTERN, message = "must be a date (YYYY-MM-DD)") String asOf) {
        UUID family = UUID.fromString(familyId);
        visible.requireFamily(family, "Family", family);
        LocalDate day = EntitlementResource.date(asOf);
        return FamilyEntitlementsResponse.of(family, day, service.ofFamily(family, day), claims.ofFamily(family),
                households.ofFamily(family));
    }
}
