package cn.gov.zhangping.fertility.childcare.demand.domain;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChildcareSupply", description = "Demand versus supply on a date: children under the age limit (the under-3 "
        + "register) beside the slots, inclusive slots, enrolled, waiting and free slots of OPERATING nurseries; for the city "
        + "by township, or for one township by community")
public record ChildcareSupply(
        @Schema(description = "Township asked for; null for the city", nullable = true, example = "350881001") String townshipCode,
        @Schema(example = "2026-11-20") LocalDate date,
        @Schema(example = "3") int ageLimitYears,
        @Schema(description = "The city's or the township's figures") Figures total,
        @Schema(description = "By township (city) or by community (township), every area with children or a nursery")
        List<Figures> areas) {

    @Schema(name = "ChildcareSupplyFigures")
    public record Figures(
            @Schema(description = "Township or community code; null for the total", nullable = true, example = "350881001003") String code,
            @Schema(description = "Children under the age limit", example = "57") long children,
            @Schema(description = "Slots of operating nurseries", example = "60") long slots,
            @Schema(example = "40") long inclusiveSlots,
            @Schema(description = "Children enrolled in them now", example = "48") long enrolled,
            @Schema(description = "Children on their waiting lists", example = "3") long waiting,
            @Schema(description = "Slots not taken", example = "12") long free,
            @Schema(description = "Children under the age limit per slot; null without slots", nullable = true, example = "0.95")
            java.math.BigDecimal childrenPerSlot) {
    }
}
