package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.RecipientChange;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.ReviewStatus;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdReview", description = "The yearly review (资格确认): the recipient list per scheme with reasons, "
        + "amounts due and verification outcomes")
public record ReviewResponse(
        UUID id,
        @Schema(example = "2026") int year,
        @Schema(nullable = true, description = "The townships the review covers (a township officer's review); null for "
                + "the whole city", example = "[\"350881001\"]") List<String> townshipCodes,
        @Schema(example = "DRAFT") ReviewStatus status,
        Instant runAt,
        String runBy,
        @Schema(nullable = true) Instant confirmedAt,
        @Schema(nullable = true) String confirmedBy,
        @Schema(description = "Per scheme: recipients, verification counts, amount due") List<Total> totals,
        List<Recipient> recipients) {

    @Schema(name = "HouseholdReviewTotal")
    public record Total(Scheme scheme, long recipients, long accurate, long inaccurate, long unverified,
                        @Schema(description = "Sum of the amounts due, nothing for recipients found inaccurate",
                                example = "2160.00") BigDecimal amountDueYuan) {
    }

    @Schema(name = "HouseholdReviewRecipient")
    public record Recipient(
            UUID id,
            UUID householdId,
            UUID memberId,
            Scheme scheme,
            @Schema(example = "350881102") String townshipCode,
            @Schema(example = "NEW") RecipientChange change,
            @Schema(description = "NEW: REACHED_AGE or ENROLLED; CONTINUING: STILL_ELIGIBLE; ENDED: DECEASED, MOVED_AWAY, "
                    + "REBIRTH or NOT_ELIGIBLE", example = "REACHED_AGE") String reason,
            @Schema(example = "12") int monthsDue,
            @Schema(example = "1080.00") BigDecimal amountDueYuan,
            @Schema(nullable = true) Verification verification,
            @Schema(nullable = true) Verification.Reason inaccuracyReason) {
    }
}
