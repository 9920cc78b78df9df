package cn.gov.zhangping.fertility.benefit.policy.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.replay.domain.PublishingVersion;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
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

@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Every benefit of the plan and the national and provincial rules it points to, "
        + "as versioned policy")
public class PolicyResource {

    static final String POLICY_EXAMPLE = """
            {"code":"HOME_PURCHASE_SUBSIDY","chineseName":"三孩家庭购房补贴","englishName":"Home purchase subsidy for three-child families",
             "level":"CITY","department":"HOUSING","departmentName":"市住建局","trigger":"APPLICATION","versionDate":"CLAIM_DATE",
             "versionDateReason":"A one-off subsidy for a purchase: the version in force on the purchase contract's date applies.",
             "beneficiary":"FAMILY","unit":"YUAN_ONCE","payers":[{"payer":"ZHANGPING_CITY_FINANCE","parts":1,"percent":100.00}],
             "versions":[{"number":1,"effectiveFrom":"2023-04-10","effectiveTo":"2025-12-31","ageFromMonths":null,"ageToMonths":null,
               "femaleOnly":false,"terms":[{"minBirthOrder":3,"specialFamily":null,"amount":20000.00,"quantity":null,"percent":null}],
               "source":"漳政办规〔2023〕2号 二(四)12","supersedes":null,"supersededFrom":null,"publishedAt":null},
              {"number":2,"effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31","ageFromMonths":null,"ageToMonths":null,
               "femaleOnly":false,"terms":[{"minBirthOrder":3,"specialFamily":null,"amount":20000.00,"quantity":null,"percent":null}],
               "source":"漳政办规〔2026〕1号 二(四)12","supersedes":null,"supersededFrom":null,"publishedAt":"2026-11-30T08:00:00Z"}]}""";

    static final String PUBLISH_EXAMPLE = """
            {"effectiveFrom":"2026-01-01","effectiveTo":"2026-12-31","ageFromMonths":null,"ageToMonths":null,
             "femaleOnly":false,"terms":[{"minBirthOrder":3,"amount":20000.00}],"source":"漳政办规〔2026〕1号 二(四)12"}""";

    private static final String CODE_PATTERN = "^[A-Z_]{1,40}$";

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    PublishingVersion publishing;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMINISTRATOR})
    @Operation(operationId = "listPolicies", summary = "The policy catalogue",
            description = "Every benefit with its level, delivering department, payers, trigger, the date that selects "
                    + "its version and why, and every version with its terms, period and source.")
    @APIResponse(responseCode = "200", description = "The catalogue, in the order of the policy codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PolicyResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<PolicyResponse> list() {
        return catalogue.all().stream().map(PolicyResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getPolicy", summary = "One policy with its versions")
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyResponse.class),
                    examples = @ExampleObject(name = "home purchase subsidy, extended", value = POLICY_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PolicyResponse get(@Parameter(description = "Policy code", example = "HOME_PURCHASE_SUBSIDY",
            schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN)) @PathParam("code") String code) {
        return PolicyResponse.of(catalogue.get(codeOf(code)));
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "publishPolicyVersion", summary = "Publish a new version of a policy",
            description = "The new version is numbered after the last one and never overlaps another: 409 "
                    + "version-overlap when it would. It may reach back into the version in force on its first day "
                    + "when it also covers the rest of that version's period (e.g. a subsidy raised from an earlier "
                    + "date, open-ended): that version then ends the day before (supersededFrom). The terms must fit the policy's unit (an amount for money, a "
                    + "quantity for days, a percent for a fee or a free service). Published versions are never edited. "
                    + "A version whose first day has passed is replayed in the same transaction: the stored "
                    + "entitlements of the policy are determined again and a report of arrears and overpayments "
                    + "against the recorded payments is kept (never rewriting them); the Link header (rel=replay) "
                    + "names it: GET /api/v1/policies/{code}/versions/{version}/replay.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishVersionRequest.class),
            examples = @ExampleObject(name = "the home subsidy for 2026", value = PUBLISH_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published; the policy with all its versions",
            headers = @Header(name = "Link", description = "The version's replay report, rel=\"replay\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyResponse.class),
                    examples = @ExampleObject(name = "home purchase subsidy, extended", value = POLICY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response publish(
            @Parameter(description = "Policy code", example = "HOME_PURCHASE_SUBSIDY",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN)) @PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") PublishVersionRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        PolicyCode policy = codeOf(code);
        PublishingVersion.Result result = publishing.publish(policy, request.toDraft(),
                security.getUserPrincipal().getName());
        URI replay = uri.getBaseUriBuilder().path("api/v1/policies").path(policy.name()).path("versions")
                .path(String.valueOf(result.replay().versionNumber)).path("replay").build();
        return Response.created(uri.getBaseUriBuilder().path("api/v1/policies").path(policy.name()).build())
                .link(replay, "replay").entity(PolicyResponse.of(result.listing())).build();
    }

    private static PolicyCode codeOf(String code) {
        return Arrays.stream(PolicyCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("policy", code));
    }
}
