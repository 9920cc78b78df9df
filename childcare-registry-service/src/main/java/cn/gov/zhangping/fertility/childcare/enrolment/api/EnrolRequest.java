package cn.gov.zhangping.fertility.childcare.enrolment.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolRequest", description = "A child of the under-3 register to enrol into an operating nursery")
public record EnrolRequest(
        @NotNull(message = "is required") @Schema(description = "The nursery") UUID institutionId,
        @NotNull(message = "is required") @Schema(description = "The child: its birth registration id (pseudonymous)")
        UUID childRegistrationId,
        @Schema(description = "First day; today (China Standard Time) when absent", example = "2026-12-01", nullable = true)
        LocalDate startDate,
        @Schema(description = "When the nursery is full, join its waiting list (202) instead of a 409", example = "false",
                nullable = true) Boolean waitIfFull) {
}
