package cn.gov.zhangping.fertility.childcare.training.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.childcare.training.domain.CohortDetails;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort as counts: no trainee is named (see {@link CohortDetails}). */
@Schema(name = "TrainingCohortRequest", description = "A training cohort of infant-care workers (育婴师, 保育师): counts only, no names")
public record CohortRequest(
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "保育师（五级）", maxLength = 100) String course,
        @NotBlank(message = "is required") @MaxLength(100) @Schema(description = "Training provider", example = "漳平市职业技术学校",
                maxLength = 100) String provider,
        @NotBlank(message = "is required") @TownshipCode @Schema(description = "Township where the training took place", example = "350881001")
        String townshipCode,
        @NotNull(message = "is required") @Schema(example = "2026-03-01") LocalDate startDate,
        @NotNull(message = "is required") @Schema(description = "The cohort counts in the year of this date", example = "2026-04-30")
        LocalDate endDate,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Persons who completed the training", example = "45", minimum = "1", maximum = "10000") Integer trained,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Of those, persons certified; not more than trained", example = "41", minimum = "0", maximum = "10000")
        Integer certified) {

    CohortDetails toDetails() {
        return new CohortDetails(course.strip(), provider.strip(), townshipCode, startDate, endDate, trained, certified);
    }
}
