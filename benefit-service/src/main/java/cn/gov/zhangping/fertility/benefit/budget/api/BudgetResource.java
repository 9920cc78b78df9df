package cn.gov.zhangping.fertility.benefit.budget.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.budget.domain.BudgetService;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDraft;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "What each benefit costs each payer in a year, and next year's forecast")
public class BudgetResource {

    static final String YEAR_PATTERN = "^[0-9]{4}$";
    static final String CODE_PATTERN = "^[A-Z_]{1,40}$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    static final String EXAMPLE = """
            {"year":2025,"forecastYear":2026,"lines":[
             {"policyCode":"CHILDCARE_FEE_REDUCTION","payer":"LONGYAN_PREFECTURE_FINANCE","committed":0.00,"paid":60.00,
              "forecastNextYear":0.00},
             {"policyCode":"CHILDCARE_FEE_REDUCTION","payer":"ZHANGPING_CITY_FINANCE","committed":0.00,"paid":240.00,
              "forecastNextYear":0.00},
             {"policyCode":"NATIONAL_CHILDCARE_SUBSIDY","payer":"CENTRAL_FINANCE","committed":3600.00,"paid":0.00,
              "forecastNextYear":3600.00}]}""";

    @Inject
    BudgetService budgets;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Operation(operationId = "budget", summary = "A year's budget per benefit and payer",
            description = "For each benefit with a payer and each of its payers, in yuan: committed (approved claims "
                    + "dated in the year not yet paid, and the months of the year due to the children on record, not "
                    + "held for a review, less what was paid for children's months of the year), paid (payments whose "
                    + "period begins in the year, as split when recorded) and the forecast for the next year (the months "
                    + "of that year the children on record will be due under the versions published for it). The "
                    + "forecast leaves out births not yet recorded, claims not yet made, benefits without an amount "
                    + "(fee reductions, free services), the household schemes and versions not yet published. "
                    + "Committed and forecast amounts are split by the catalogue's ratio, odd fen by largest remainder.")
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class),
                    examples = @ExampleObject(name = "2025", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public BudgetResponse budget(
            @Parameter(description = "The year, from 2000 to 2198", required = true, example = "2025",
                    schema = @Schema(type = SchemaType.STRING, pattern = YEAR_PATTERN))
            @QueryParam("year") @NotNull(message = "is required")
            @Pattern(regexp = YEAR_PATTERN, message = "must be a year (YYYY)") String year,
            @Parameter(description = "Only this benefit", example = "NATIONAL_CHILDCARE_SUBSIDY",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN))
            @QueryParam("policyCode") @Pattern(regexp = CODE_PATTERN, message = "must be a policy code") String policyCode) {
        int y = Integer.parseInt(year);
        if (y < VersionDraft.EARLIEST.getYear() || y >= VersionDraft.LATEST.getYear()) {
            throw DomainException.invalid("year", "must be from " + VersionDraft.EARLIEST.getYear() + " to "
                    + (VersionDraft.LATEST.getYear() - 1));
        }
        PolicyCode only = null;
        if (policyCode != null) {
            try {
                only = PolicyCode.valueOf(policyCode);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("policyCode", "is not a policy of the catalogue");
            }
        }
        return BudgetResponse.of(y, budgets.of(y, only));
    }
}
