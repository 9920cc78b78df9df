package cn.gov.zhangping.fertility.benefit.claims.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zhangping.fertility.benefit.claims.domain.DecidingClaim;
import cn.gov.zhangping.fertility.benefit.claims.domain.SubmittingClaim;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.children.api.VisibleChildren;
import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
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

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Benefits a family applies for, approved or rejected by the department that delivers them")
public class ClaimResource {

    static final String SUBMIT_EXAMPLE = """
            {"policyCode":"HOME_PURCHASE_SUBSIDY","familyId":"8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b",
             "birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
             "homePurchase":{"contractNumber":"漳房网签2025-000123","contractDate":"2025-06-20","newCommercialHousing":true,
               "contractAmount":856000.00}}""";

    static final String CLAIM_EXAMPLE = """
            {"id":"0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d","policyCode":"HOME_PURCHASE_SUBSIDY",
             "familyId":"8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b","birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
             "status":"SUBMITTED","claimDate":"2025-06-20","version":1,"amount":20000.00,"monthlyLimit":null,"months":null,
             "homePurchase":{"contractNumber":"漳房网签2025-000123","contractDate":"2025-06-20","newCommercialHousing":true,
               "contractAmount":856000.00},"rentWithdrawal":null,"loanCeiling":null,"rentalPriority":null,"submittedAt":"2025-06-21T02:00:00Z","decidedAt":null,
             "rejectionReason":null,"history":[{"status":"SUBMITTED","at":"2025-06-21T02:00:00Z","reason":null}]}""";

    private static final String DEPARTMENTS = " Only officers of the department that delivers the benefit (the catalogue's "
            + "department: housing for the home subsidy and the rental priority, housing-fund for the rent limit and the "
            + "loan ceiling) may; others get 403.";

    @Inject
    VisibleChildren visible;

    @Inject
    SubmittingClaim submitting;

    @Inject
    DecidingClaim deciding;

    @Inject
    PolicyCatalogue catalogue;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOUSING, Roles.HOUSING_FUND})
    @Operation(operationId = "submitClaim", summary = "Submit a family's claim",
            description = "The child must be a standing registration of the family; the version in force on the claim's "
                    + "date must give the family something (422 with code no-version-in-force, condition-not-met, "
                    + "registration-under-review or child-not-in-family otherwise); a home subsidy stands once per "
                    + "family and per contract, a loan ceiling increase and a rental priority once per family (409 claim-exists). With an Idempotency-Key a retry answers with the "
                    + "claim first created (Idempotent-Replayed: true)." + DEPARTMENTS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitClaimRequest.class),
            examples = @ExampleObject(name = "home purchase subsidy", value = SUBMIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted (or, for a repeated Idempotency-Key, the claim first created)",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is the first request's",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "submitted", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response submit(
            @Parameter(description = "Makes a retried request safe: the same key returns the original claim",
                    example = "housing-2025-0620-17") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") SubmitClaimRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        var draft = request.toDraft();
        delivering(draft.code(), security);
        visible.requireCreateFor(draft.registrationId());
        SubmittingClaim.Result result = submitting.submit(draft, IdempotencyKeys.fingerprint(request),
                security.getUserPrincipal().getName(), Optional.ofNullable(idempotencyKey));
        URI location = uri.getBaseUriBuilder().path("api/v1/claims").path(result.claim().id.toString()).build();
        return IdempotencyKeys.created(location, ClaimResponse.of(result.claim()), result.created()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.HOUSING, Roles.HOUSING_FUND, Roles.FINANCE})
    @Operation(operationId = "getClaim", summary = "Read one claim")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class),
                    examples = @ExampleObject(name = "submitted", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ClaimResponse get(@Parameter(description = "The claim", schema = @Schema(type = SchemaType.STRING, format = "uuid",
            pattern = SubmitClaimRequest.UUID_PATTERN)) @PathParam("id")
            @Pattern(regexp = SubmitClaimRequest.UUID_PATTERN, message = "must be a UUID") String id) {
        return ClaimResponse.of(inScope(UUID.fromString(id)));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.HOUSING, Roles.HOUSING_FUND})
    @Operation(operationId = "approveClaim", summary = "Approve a submitted claim",
            description = "The claim becomes APPROVED: what it gives is due and payments may settle it. 409 claim-decided "
                    + "when it was approved or rejected already." + DEPARTMENTS)
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ClaimResponse approve(@Parameter(description = "The claim", schema = @Schema(type = SchemaType.STRING, format = "uuid",
            pattern = SubmitClaimRequest.UUID_PATTERN)) @PathParam("id")
            @Pattern(regexp = SubmitClaimRequest.UUID_PATTERN, message = "must be a UUID") String id,
            @Context SecurityContext security) {
        UUID claim = UUID.fromString(id);
        delivering(inScope(claim).policyCode, security);
        return ClaimResponse.of(deciding.approve(claim, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOUSING, Roles.HOUSING_FUND})
    @Operation(operationId = "rejectClaim", summary = "Reject a submitted claim with the reason",
            description = "The claim becomes REJECTED with the reason; a family may submit again. 409 claim-decided when "
                    + "it was approved or rejected already." + DEPARTMENTS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RejectClaimRequest.class),
            examples = @ExampleObject(name = "not registered", value = "{\"reason\":\"购房合同未网签备案 (the contract is not registered)\"}")))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public ClaimResponse reject(@Parameter(description = "The claim", schema = @Schema(type = SchemaType.STRING, format = "uuid",
            pattern = SubmitClaimRequest.UUID_PATTERN)) @PathParam("id")
            @Pattern(regexp = SubmitClaimRequest.UUID_PATTERN, message = "must be a UUID") String id,
            @Valid @NotNull(message = "a JSON body is required") RejectClaimRequest request,
            @Context SecurityContext security) {
        UUID claim = UUID.fromString(id);
        delivering(inScope(claim).policyCode, security);
        return ClaimResponse.of(deciding.reject(claim, security.getUserPrincipal().getName(), request.reason.strip()));
    }

    /** The claim when its child's (or family's) township is in the caller's scope; else 404, as for an unknown id. */
    private Claim inScope(UUID id) {
        Claim c = deciding.get(id);
        visible.require(c.registrationId, c.familyId, "claim", id);
        return c;
    }

    /** 403 unless the caller is an officer of the department that delivers the benefit (the catalogue's). */
    private void delivering(PolicyCode code, SecurityContext security) {
        var department = catalogue.get(code).policy().department();
        if (!security.isUserInRole(Roles.of(department))) {
            throw new DomainException(403, "forbidden", "Forbidden", "only the delivering department ("
                    + Roles.of(department) + ") may act on a " + code + " claim");
        }
    }

}
