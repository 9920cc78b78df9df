package cn.gov.zhangping.fertility.childcare.replacement.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlacementRequest", description = "Place a child of the case in a nursery (an enrolment like any other)")
public record PlacementRequest(
        @NotNull(message = "is required") @Schema(description = "The nursery chosen, usually one of the child's candidates")
        UUID institutionId,
        @Schema(description = "First day at the new nursery; today when absent", nullable = true, example = "2026-12-01")
        LocalDate startDate) {
}
