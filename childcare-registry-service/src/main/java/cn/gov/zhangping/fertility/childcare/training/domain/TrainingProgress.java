package cn.gov.zhangping.fertility.childcare.training.domain;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingProgress", description = "Indicator 11: infant-care workers trained per year (in the year a cohort "
        + "ends) and in all, against the seeded targets")
public record TrainingProgress(
        @Schema(description = "Persons to train each year", example = "200") BigDecimal annualTarget,
        @Schema(example = "漳政办规〔2023〕2号 二(三)8; 附件1 指标11") String annualTargetSource,
        @Schema(description = "Persons to have trained in all by the target year", example = "600") BigDecimal totalTarget,
        @Schema(example = "2025") Integer totalTargetYear,
        @Schema(example = "漳政办规〔2023〕2号 附件1 指标11") String totalTargetSource,
        @Schema(description = "Persons trained in all (numerator)", example = "412") long trained,
        @Schema(description = "Persons certified in all", example = "380") long certified,
        @Schema(description = "trained / totalTarget in percent, one decimal", example = "68.7") BigDecimal shareOfTotalTargetPercent,
        @Schema(description = "Persons trained in all up to the end of the target year", example = "412") long trainedByTargetYear,
        @Schema(description = "trainedByTargetYear reaches the total target", example = "false") boolean totalTargetReached,
        @Schema(description = "From the first year with a cohort to the last, years without one included") List<Year> years) {

    @Schema(name = "TrainingYear")
    public record Year(
            @Schema(example = "2024") int year,
            @Schema(example = "5") long cohorts,
            @Schema(example = "212") long trained,
            @Schema(example = "198") long certified,
            @Schema(description = "trained reaches the annual target", example = "true") boolean annualTargetReached,
            @Schema(description = "Persons trained up to the end of the year", example = "412") long cumulativeTrained) {
    }
}
