package cn.gov.zhangping.fertility.indicator.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's submitted value of an indicator it owns, with its review state and history. */
@Schema(name = "ReportedValue")
public record ReportedValue(
        UUID id,
        @Schema(example = "5") int indicator,
        @Schema(example = "2026", description = "yyyy, yyyy-Qn or yyyy-MM") String period,
        @Schema(example = "350881", description = "A township code, or 350881 for the whole city") String townshipCode,
        @Schema(example = "1480") long numerator,
        @Schema(nullable = true, example = "1630") Long denominator,
        @Schema(nullable = true, example = "from the maternal and child health information system") String note,
        @Schema(example = "HEALTH") String department,
        @Schema(example = "SUBMITTED", description = "SUBMITTED, APPROVED (locked) or RETURNED") String state,
        @Schema(example = "1") int revision,
        @Schema(nullable = true, example = "the denominator is last year's") String reviewComment,
        Instant updatedAt,
        List<Change> history) {

    @Schema(name = "ReportedValueChange")
    public record Change(
            @Schema(example = "1") int revision,
            @Schema(example = "SUBMITTED") String action,
            @Schema(example = "1480") long numerator,
            @Schema(nullable = true, example = "1630") Long denominator,
            @Schema(nullable = true) String comment,
            @Schema(example = "health-officer-1") String actor,
            Instant at) {
    }
}
