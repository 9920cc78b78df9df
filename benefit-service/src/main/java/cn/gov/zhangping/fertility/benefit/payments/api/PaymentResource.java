package cn.gov.zhangping.fertility.benefit.payments.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import cn.gov.zhangping.fertility.benefit.payments.domain.RecordingPayment;
import cn.gov.zhangping.fertility.benefit.payments.persistence.PaymentRepository;
import cn.gov.zhangping.fertility.benefit.children.api.VisibleChildren;
import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.benefit.payments.domain.Payment;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments of claims and entitlement months, each recorded once with its payer split")
public class PaymentResource {

    static final String RECORD_EXAMPLE = """
            {"reference":"ZPCZ-2025-000417","claimId":"0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d","amount":20000.00,
             "paidOn":"2025-07-01"}""";

    static final String PAYMENT_EXAMPLE = """
            {"id":"3c2b1a09-8f7e-4d6c-b5a4-93e2f1d0c9b8","reference":"ZPCZ-2025-000417","policyCode":"HOME_PURCHASE_SUBSIDY",
             "claimId":"0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d","birthRegistrationId":null,
             "familyId":"8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b","householdId":null,"periodFrom":"2025-06-20","periodTo":"2025-06-20",
             "amount":20000.00,"paidOn":"2025-07-01","split":[{"payer":"ZHANGPING_CITY_FINANCE","amount":20000.00}],
             "recordedAt":"2025-07-01T03:00:00Z"}""";

    @Inject
    ClaimRepository claims;

    @Inject
    VisibleChildren visible;

    @Inject
    RecordingPayment recording;

    @Inject
    PaymentRepository payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.HOUSING_FUND})
    @Operation(operationId = "recordPayment", summary = "Record a payment once",
            description = "For an approved claim (409 claim-not-approved otherwise) or one month of a child's "
                    + "entitlement; never more than is still due for it (422 more-than-due; nothing-due, unknown-claim, "
                    + "unknown-child, no-payer). Split between the policy's payers (odd fen by largest remainder) and "
                    + "published as cn.gov.zhangping.fertility.benefit.payment-recorded.v1. The same reference again "
                    + "answers with the first record (Idempotent-Replayed: true) when the request is the same, 409 "
                    + "payment-reference-used when it differs. Recorded by finance or the housing provident fund.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordPaymentRequest.class),
            examples = @ExampleObject(name = "a home purchase subsidy paid", value = RECORD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded (or, for a reference recorded before, the first record)",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is the first record's",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class),
                    examples = @ExampleObject(name = "recorded", value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response record(@Valid @NotNull(message = "a JSON body is required") RecordPaymentRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        var draft = request.toDraft();
        if (draft.claimId() != null) {
            claims.findByIdOptional(draft.claimId()).ifPresent(c -> visible.requireCreateFor(c.registrationId));
        } else {
            visible.requireCreateFor(draft.registrationId());
        }
        RecordingPayment.Result result = recording.record(draft, security.getUserPrincipal().getName());
        URI location = uri.getBaseUriBuilder().path("api/v1/payments").path(result.payment().id.toString()).build();
        return IdempotencyKeys.created(location, PaymentResponse.of(result.payment()), result.created()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.FINANCE, Roles.HOUSING_FUND, Roles.HOUSING})
    @Operation(operationId = "getPayment", summary = "Read one payment")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class),
                    examples = @ExampleObject(name = "recorded", value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PaymentResponse get(@Parameter(description = "The payment", schema = @Schema(type = SchemaType.STRING,
            format = "uuid", pattern = RecordPaymentRequest.UUID_PATTERN)) @PathParam("id")
            @Pattern(regexp = RecordPaymentRequest.UUID_PATTERN, message = "must be a UUID") String id) {
        UUID paymentId = UUID.fromString(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Payment p = payments.findByIdOptional(paymentId).orElseThrow(() -> DomainException.notFound("payment", paymentId));
            visible.require(p.registrationId, p.familyId, "payment", paymentId);
            return PaymentResponse.of(p);
        });
    }
}
