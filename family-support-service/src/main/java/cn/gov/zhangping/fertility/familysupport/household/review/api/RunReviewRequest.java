package cn.gov.zhangping.fertility.familysupport.household.review.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RunHouseholdReviewRequest", description = "The year to review")
public class RunReviewRequest {

    /* A class, not a record: one property (see FamilySearchRequest). */
    @NotNull(message = "is required")
    @Min(value = 2000, message = "must be at least 2000")
    @Max(value = 2100, message = "must be at most 2100")
    @Schema(description = "The year (at most next year)", example = "2026", minimum = "2000", maximum = "2100")
    public Integer year;
}
