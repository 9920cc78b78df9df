package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDraft;
import cn.gov.zhangping.fertility.benefit.children.api.VisibleChildren;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitlements", description = "Where each registered child's family stands with every benefit its facts decide")
public class EntitlementResource {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /** One child's entitlements (an excerpt), for the examples of this and the family view. */
    static final String EXAMPLE_CHILD = """
            {"birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f","familyId":null,"asOf":"2024-06-01",
             "facts":{"birthDate":"2024-05-01","sex":"FEMALE","birthOrder":3,"specialFamily":false,"reviewPending":false,
                      "cancelled":false,"revision":1},
             "entitlements":[
              {"policyCode":"CHILDCARE_FEE_REDUCTION","chineseName":"托育保育费减免","englishName":"Childcare fee reduction",
               "beneficiary":"CHILD","unit":"PERCENT_OF_FEE","state":"ACTIVE","reason":"IN_PERIOD",
               "reasonText":"due: the child is within the benefit's period and a version is in force","version":1,
               "nextMilestone":"2026-01-01","totalAmount":null,
               "periods":[{"version":1,"from":"2024-05-01","to":"2025-12-31",
                 "terms":{"minBirthOrder":3,"specialFamily":null,"amount":null,"quantity":null,"percent":50},
                 "source":"漳政办规〔2023〕2号 二(三)8","months":null,"amount":null,"monthlyAmount":null,"monthlySplit":[]}],
               "history":[{"cause":"BIRTH_REGISTERED","detail":null,"revision":1,"state":"ACTIVE","reason":"IN_PERIOD",
                 "version":1,"periodFrom":"2024-05-01","periodTo":"2025-12-31","totalAmount":null,
                 "changedOn":"2024-05-03","changedAt":"2024-05-03T02:00:05Z"}]},
              {"policyCode":"NUTRITION_PACK","chineseName":"婴幼儿营养包","englishName":"Infant nutrition pack",
               "beneficiary":"CHILD","unit":"FREE_SERVICE","state":"UPCOMING","reason":"STARTS_LATER",
               "reasonText":"due from the start date given","version":1,"nextMilestone":"2024-11-01","totalAmount":null,
               "periods":[{"version":1,"from":"2024-11-01","to":"2025-12-31",
                 "terms":{"minBirthOrder":null,"specialFamily":null,"amount":null,"quantity":null,"percent":100},
                 "source":"漳政办规〔2023〕2号 二(二)6","months":null,"amount":null,"monthlyAmount":null,"monthlySplit":[]}],
               "history":[]}]}""";

    static final String EXAMPLE = EXAMPLE_CHILD;

    @Inject
    VisibleChildren visible;

    @Inject
    EntitlementService service;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "childEntitlements", summary = "A registered child's entitlements on a date",
            description = "Every benefit of the catalogue that a child's facts decide, each ACTIVE, UPCOMING (with its "
                    + "start), ENDED, HELD (waiting for a review of the birth order or special-family status) or "
                    + "NOT_ELIGIBLE, always with the reason, the version and its source, the periods (for a benefit due "
                    + "per month, the months and yuan due), and the history of changes recorded when events arrived and "
                    + "as the child aged. asOf answers for any date (default today, Asia/Shanghai). The family-planning "
                    + "household schemes are decided by the households' yearly review and are not listed here.")
    @APIResponse(responseCode = "200", description = "The child's entitlements on the date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChildEntitlementsResponse.class),
                    examples = @ExampleObject(name = "third child (excerpt)", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ChildEntitlementsResponse forChild(
            @Parameter(description = "The birth registration (family-support-service)", required = true,
                    example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", pattern = UUID_PATTERN))
            @QueryParam("birthRegistrationId") @NotNull(message = "is required")
            @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String birthRegistrationId,
            @Parameter(description = "The date to answer for (default today, Asia/Shanghai), from 2000-01-01 to 2199-12-31",
                    example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date", pattern = DATE_PATTERN))
            @QueryParam("asOf") @Pattern(regexp = DATE_PATTERN, message = "must be a date (YYYY-MM-DD)") String asOf) {
        UUID registrationId = UUID.fromString(birthRegistrationId);
        visible.requireChild(registrationId, "Child", registrationId);
        return ChildEntitlementsResponse.of(service.of(registrationId, date(asOf)));
    }

    static LocalDate date(String text) {
        if (text == null) {
            return CivilDate.today();
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(VersionDraft.EARLIEST) || day.isAfter(VersionDraft.LATEST)) {
                throw DomainException.invalid("asOf", "must be from " + VersionDraft.EARLIEST + " to " + VersionDraft.LATEST);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("asOf", "must be a date (YYYY-MM-DD)");
        }
    }
}
