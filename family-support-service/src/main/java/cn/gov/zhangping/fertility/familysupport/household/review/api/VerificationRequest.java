package cn.gov.zhangping.fertility.familysupport.household.review.api;

import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecipientVerificationRequest", description = "The outcome of verifying a recipient (indicator 22)")
public record VerificationRequest(
        @NotNull(message = "is required") @Schema(example = "INACCURATE") Verification outcome,
        @Schema(description = "Required when INACCURATE, absent otherwise", nullable = true, example = "DECEASED")
        Verification.Reason reason) {
}
