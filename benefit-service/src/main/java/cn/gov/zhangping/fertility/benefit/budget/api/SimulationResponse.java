package cn.gov.zhangping.fertility.benefit.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.budget.domain.Simulation;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Simulation", description = "What a benefit costs for the births recorded in a period, under its terms as "
        + "they stand and with the change, in yuan; nothing is changed")
public record SimulationResponse(
        @Schema(example = "HOME_PURCHASE_SUBSIDY") PolicyCode policyCode,
        @Schema(format = "date", example = "2023-04-10") LocalDate bornFrom,
        @Schema(format = "date", example = "2025-12-31") LocalDate bornTo,
        Outcome current,
        Outcome changed,
        @Schema(description = "changed less current") Outcome difference) {

    @Schema(name = "SimulationOutcome")
    public record Outcome(@Schema(description = "Families with a cost", example = "12") int families,
            @Schema(description = "Children with a cost", example = "12") int children,
            @Schema(description = "Yuan", example = "240000.00") BigDecimal total,
            @Schema(description = "What each payer bears (adds up to the total)") List<Share> split) {
    }

    @Schema(name = "SimulationShare")
    public record Share(@Schema(example = "ZHANGPING_CITY_FINANCE") String payer,
            @Schema(description = "Yuan", example = "240000.00") BigDecimal amount) {
    }

    static SimulationResponse of(PolicyCode code, LocalDate from, LocalDate to, CostSplit payers, Simulation.Outcome current,
            Simulation.Outcome changed) {
        return new SimulationResponse(code, from, to, outcome(payers, current.families(), current.children(), current.total()),
                outcome(payers, changed.families(), changed.children(), changed.total()),
                outcome(payers, changed.families() - current.families(), changed.children() - current.children(),
                        changed.total().minus(current.total())));
    }

    private static Outcome outcome(CostSplit payers, int families, int children, Fen total) {
        List<Share> split = payers.shares().isEmpty() ? List.of()
                : payers.split(total).stream().map(p -> new Share(p.payer(), p.amount().yuan())).toList();
        return new Outcome(families, children, total.yuan(), split);
    }
}
