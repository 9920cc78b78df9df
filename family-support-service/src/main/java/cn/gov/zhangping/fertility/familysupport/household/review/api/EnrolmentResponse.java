package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InsuranceEnrolment", description = "A special-family member's subsidised medical-insurance enrolment")
public record EnrolmentResponse(UUID householdId, UUID memberId, @Schema(example = "2026") int year,
                                LocalDate enrolledOn, Instant recordedAt, String recordedBy) {
}
