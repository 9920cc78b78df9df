package cn.gov.zhangping.fertility.contracts.childcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/**
 * Data of {@code cn.gov.zhangping.fertility.childcare.training-recorded.v1}: an infant-care worker training cohort as
 * it now stands (recorded or corrected), for indicator 11 (persons trained, counted in the year the cohort ends).
 * Counts only: no trainee is named. The whole state every time, with its revision. The producer keeps endDate on or
 * after startDate and certified at most trained.
 */
public record TrainingRecordedV1(
        @NotNull UUID cohortId,
        @NotNull @TownshipCode String townshipCode,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Min(1) @Max(10000) Integer trained,
        @NotNull @Min(0) @Max(10000) Integer certified,
        @NotNull @Min(1) Integer revision,
        @NotNull Instant changedAt) {
}
