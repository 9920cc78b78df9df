package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.ConfirmingReview;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.HouseholdReview;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.ReviewLine;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.RunningReview;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.SettingAmount;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.Verification;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.VerifyingRecipient;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.AssistanceAmountRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.ReviewLineRepository;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household reviews", description = "The yearly review (资格确认), amounts per scheme and year, insurance enrolment")
public class HouseholdReviewResource {

    static final String AMOUNT_EXAMPLE = """
            {"yearlyAmountYuan":1080.00,"source":"财政部 国家卫生健康委 关于调整计划生育家庭奖励扶助标准的通知（文号）"}""";
    static final String RUN_EXAMPLE = """
            {"year":2026}""";
    static final String VERIFY_EXAMPLE = """
            {"outcome":"INACCURATE","reason":"DECEASED"}""";

    @Inject
    CallerScope scope;

    @Inject
    SettingAmount setting;

    @Inject
    AssistanceAmountRepository amounts;

    @Inject
    RunningReview running;

    @Inject
    VerifyingRecipient verifying;

    @Inject
    ConfirmingReview confirming;

    @Inject
    HouseholdReviewRepository reviews;

    @Inject
    ReviewLineRepository lines;

    @PUT
    @Path("/assistance-amounts/{scheme}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "putAssistanceAmount", summary = "Set a scheme's yearly amount for a year",
            description = "Yuan per recipient per year with the document that sets it (the special-assistance standard "
                    + "is adjusted dynamically, 漳政办规〔2023〕2号 二(五)16). Fixed once the year's review is run (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AmountRequest.class),
            examples = @ExampleObject(name = "reward 2026", value = AMOUNT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmountResponse.class)))
    @APIResponse(responseCode = "201", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmountResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response putAmount(
            @PathParam("scheme") @Parameter(description = "REWARD_ASSISTANCE or SPECIAL_ASSISTANCE", example = "REWARD_ASSISTANCE")
            Scheme scheme,
            @PathParam("year") @Min(value = 2000, message = "must be at least 2000") @Max(value = 2100, message = "must be at most 2100")
            @Parameter(description = "The year, 2000 to 2100", example = "2026") int year,
            @Valid @NotNull(message = "a JSON body is required") AmountRequest request, @Context SecurityContext security) {
        SettingAmount.Result r = setting.set(scheme, year, request.yearlyAmountYuan(), request.source(),
                security.getUserPrincipal().getName());
        return Response.status(r.created() ? 201 : 200).entity(AmountResponse.of(r.amount())).build();
    }

    @GET
    @Path("/assistance-amounts")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR, Roles.REVIEWER, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "listAssistanceAmounts", summary = "List the amounts per scheme and year",
            description = "Oldest year first, with their sources.")
    @APIResponse(responseCode = "200", description = "The amounts", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AmountResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<AmountResponse> listAmounts() {
        return amounts.all().stream().map(AmountResponse::of).toList();
    }

    @POST
    @Path("/household-reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "runHouseholdReview", summary = "Run the yearly review of a year",
            description = "The Health Commission registrar runs the year's review (资格确认) as a DRAFT: every parent of "
                    + "the households active in the year, NEW (REACHED_AGE: the year they turn 60, or 49 for the mother of "
                    + "a special family; ENROLLED), CONTINUING or ENDED (DECEASED, MOVED_AWAY, REBIRTH: eligibility ends "
                    + "the month after, the months up to it are due pro rata), with the amount due. A township officer's review covers the households of their townships only (the "
                    + "token's townships claim), a city-wide caller's all of them; one review per year and township "
                    + "(409 when it overlaps one that exists); refused when a scheme it lists has no amount for the year (422).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RunReviewRequest.class),
            examples = @ExampleObject(name = "2026", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The DRAFT review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response run(@Valid @NotNull(message = "a JSON body is required") RunReviewRequest request,
                        @Context SecurityContext security) {
        TownshipScope s = scope.requireAny();
        HouseholdReview review = running.run(request.year, s, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/household-reviews/" + review.id)).entity(view(review, s)).build();
    }

    @GET
    @Path("/household-reviews/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.REVIEWER, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "getHouseholdReview", summary = "Read a yearly review",
            description = "The recipients with reasons, amounts due and verification outcomes, and totals per scheme. A "
                    + "township officer reads a review that covers any of its townships (404 otherwise), with the "
                    + "recipients and totals of its townships only.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReviewResponse get(@PathParam("id") UUID id) {
        TownshipScope s = scope.requireAny();
        return view(reviews.get(id, s), s);
    }

    @PUT
    @Path("/household-reviews/{id}/recipients/{recipientId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "verifyReviewRecipient", summary = "Record a recipient's verification outcome",
            description = "ACCURATE, or INACCURATE with the reason (DECEASED, MOVED, NOT_ELIGIBLE): indicator 22. Nothing "
                    + "is due to a recipient found inaccurate. Only while the review is a DRAFT (409); a township officer "
                    + "verifies only recipients of its townships (404 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationRequest.class),
            examples = @ExampleObject(name = "deceased", value = VERIFY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public ReviewResponse verify(@PathParam("id") UUID id, @PathParam("recipientId") UUID recipientId,
                                 @Valid @NotNull(message = "a JSON body is required") VerificationRequest request,
                                 @Context SecurityContext security) {
        TownshipScope s = scope.requireAny();
        verifying.verify(id, recipientId, request.outcome(), request.reason(), s, security.getUserPrincipal().getName());
        return view(reviews.get(id, s), s);
    }

    @POST
    @Path("/household-reviews/{id}/confirmation")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "confirmHouseholdReview", summary = "Confirm a yearly review",
            description = "The reviewer confirms a DRAFT review whose recipients are all verified (409 otherwise); a "
                    + "township reviewer only a review all of whose townships are its own (403 otherwise). "
                    + "Publishes one household.review-completed.v1 per household (benefit-service pays the amounts "
                    + "due; indicator-service computes indicators 22–24).")
    @APIResponse(responseCode = "200", description = "The confirmed review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReviewResponse confirm(@PathParam("id") UUID id, @Context SecurityContext security) {
        TownshipScope s = scope.requireAny();
        return view(confirming.confirm(id, s, security.getUserPrincipal().getName()), s);
    }

    /** The review with the recipients of the caller's townships (all of them for a city-wide caller). */
    private ReviewResponse view(HouseholdReview review, TownshipScope caller) {
        List<ReviewLine> all = lines.of(review.id).stream().filter(l -> caller.permits(l.townshipCode)).toList();
        List<ReviewResponse.Total> totals = all.stream().map(l -> l.scheme).distinct().sorted().map(s -> {
            List<ReviewLine> of = all.stream().filter(l -> l.scheme == s).toList();
            return new ReviewResponse.Total(s, of.size(),
                    of.stream().filter(l -> l.verification == Verification.ACCURATE).count(),
                    of.stream().filter(l -> l.verification == Verification.INACCURATE).count(),
                    of.stream().filter(l -> l.verification == null).count(),
                    of.stream().map(ReviewLine::payableYuan).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        }).toList();
        return new ReviewResponse(review.id, review.year, review.townships().orElse(null), review.status, review.runAt,
                review.runBy, review.confirmedAt, review.confirmedBy, totals, all.stream().map(l -> new ReviewResponse.Recipient(l.id, l.householdId,
                        l.memberId, l.scheme, l.townshipCode, l.change, l.reason, l.monthsDue, l.amountDueYuan,
                        l.verification, l.inaccuracyReason)).toList());
    }
}
