package cn.gov.zhangping.fertility.familysupport.application.api;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplicationStatistics", description = "Service figures of \"birth is one matter\" for one month (Asia/Shanghai)")
public record StatisticsResponse(
        @Schema(example = "2026-11") String month,
        List<SubMatterFigures> subMatters,
        @Schema(description = "Applications completed in the month", example = "40") long applicationsCompleted,
        @Schema(description = "Share of them completed without any rejection (一次办好); null when none completed",
                nullable = true, example = "0.9250") BigDecimal shareCompletedWithoutRejection) {

    @Schema(name = "SubMatterFigures", description = "One sub-matter's figures: those done in the month, from first "
            + "submission to done, in working days (sub-matters entered as done before are left out)")
    public record SubMatterFigures(
            @Schema(example = "HOUSEHOLD_REGISTRATION") SubMatterKind kind,
            @Schema(example = "40") long done,
            @Schema(nullable = true, example = "2") Integer medianWorkingDays,
            @Schema(nullable = true, example = "4") Integer p90WorkingDays,
            @Schema(description = "Share done within the sub-matter's time limit; null when none done", nullable = true,
                    example = "0.9500") BigDecimal shareWithinLimit) {
    }
}
