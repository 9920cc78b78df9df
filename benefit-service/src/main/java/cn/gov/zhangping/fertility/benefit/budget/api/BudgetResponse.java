package cn.gov.zhangping.fertility.benefit.budget.api;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.budget.domain.BudgetService;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "A year's budget per benefit and payer, in yuan")
public record BudgetResponse(
        @Schema(example = "2025") int year,
        @Schema(description = "The year the forecast is for (the next one)", example = "2026") int forecastYear,
        @Schema(description = "One line per benefit with a payer and per payer") List<Line> lines) {

    @Schema(name = "BudgetLine")
    public record Line(@Schema(example = "NATIONAL_CHILDCARE_SUBSIDY") PolicyCode policyCode,
            @Schema(example = "CENTRAL_FINANCE") String payer,
            @Schema(description = "Yuan: approved claims not yet paid and months due in the year not yet paid",
                    example = "3600.00") BigDecimal committed,
            @Schema(description = "Yuan: payments whose period begins in the year", example = "300.00") BigDecimal paid,
            @Schema(description = "Yuan: months due next year to the children on record", example = "3600.00")
            BigDecimal forecastNextYear) {
    }

    static BudgetResponse of(int year, List<BudgetService.Line> lines) {
        return new BudgetResponse(year, year + 1, lines.stream().map(l -> new Line(l.policyCode(), l.payer(),
                l.committed().yuan(), l.paid().yuan(), l.forecastNextYear().yuan())).toList());
    }
}
