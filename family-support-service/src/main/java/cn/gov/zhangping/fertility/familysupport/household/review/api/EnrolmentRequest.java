package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InsuranceEnrolmentRequest", description = "A special-family member's subsidised enrolment for a year")
public class EnrolmentRequest {

    /* A class, not a record: one property (see FamilySearchRequest). */
    @NotNull(message = "is required")
    @Schema(description = "The day of enrolment: in the year of cover or the year before, not in the future",
            example = "2025-12-10")
    @JsonFormat(lenient = OptBoolean.FALSE)
    public LocalDate enrolledOn;
}
