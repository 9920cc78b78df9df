package cn.gov.zhangping.fertility.benefit.replay.api;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.replay.persistence.PolicyReplay;
import cn.gov.zhangping.fertility.benefit.replay.persistence.ReplayRepository;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policies/{code}/versions/{version}/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class ReplayResource {

    static final String EXAMPLE = """
            {"policyCode":"HOME_PURCHASE_SUBSIDY","version":2,"reachesBack":true,"windowFrom":"2024-01-01",
             "windowTo":"2026-12-01","entitlementsChanged":0,
             "totals":{"families":1,"paid":20000.00,"owed":30000.00,"arrears":10000.00,"overpayments":0.00,
               "payers":[{"payer":"ZHANGPING_CITY_FINANCE","arrears":10000.00,"overpayments":0.00}]},
             "lines":{"items":[{"familyId":"8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b","birthRegistrationId":null,
               "claimId":"0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d","paid":20000.00,"owed":30000.00,"difference":10000.00,
               "kind":"ARREARS"}],"page":0,"size":50,"totalItems":1,"totalPages":1},
             "replayedAt":"2026-12-01T02:00:00Z"}""";

    private static final String CODE_PATTERN = "^[A-Z_]{1,40}$";
    private static final String VERSION_PATTERN = "^[1-9][0-9]{0,3}$";

    @Inject
    ReplayRepository replays;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.FINANCE})
    @Operation(operationId = "getPolicyReplay", summary = "The replay report of a published version",
            description = "What publishing the version changed: the entitlements determined again and, per family, "
                    + "paid against owed with arrears and overpayments, with totals per payer; a page of the lines "
                    + "(by family). 404 for a policy, or a version published with the service (never replayed), "
                    + "that does not exist.")
    @APIResponse(responseCode = "200", description = "The replay report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResponse.class),
                    examples = @ExampleObject(name = "the home subsidy raised to 30,000 yuan from 2024", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReplayResponse get(
            @Parameter(description = "Policy code", example = "HOME_PURCHASE_SUBSIDY",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Version number", example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") @Pattern(regexp = VERSION_PATTERN, message = "must be a version number") String version,
            @Valid @BeanParam PageRequest page) {
        PolicyCode policy = Arrays.stream(PolicyCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("policy", code));
        int number = Integer.parseInt(version);
        return QuarkusTransaction.requiringNew().call(() -> {
            PolicyReplay replay = replays.of(policy, number)
                    .orElseThrow(() -> DomainException.notFound("replay of version " + number + " of", policy.name()));
            return ReplayResponse.of(replay, Page.of(replays.lines(replay.id, page), page, replays.countLines(replay.id)));
        });
    }
}
