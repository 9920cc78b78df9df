package cn.gov.zhangping.fertility.childcare.coverage.domain;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChildcareCoverage", description = "Indicators 12-15 for a year: city and townships, from the community "
        + "register's populations and the slots of OPERATING nurseries, with the plan's targets")
public record Coverage(
        @Schema(example = "2025") int year,
        @Schema(description = "City-wide figures") Figures city,
        @Schema(description = "Target of indicator 12 (slots per 1,000 residents)", example = "4.5") BigDecimal slotsPer1000Target,
        @Schema(description = "Target of indicator 13 (inclusive share, percent)", example = "60") BigDecimal inclusiveShareTarget,
        @Schema(description = "Indicator 14: residents from which a township must offer inclusive childcare", example = "20000")
        BigDecimal inclusiveTownshipMinResidents,
        @Schema(description = "Indicator 14: townships that must offer inclusive childcare", example = "9") long townshipsRequired,
        @Schema(description = "Indicator 14: of those, townships that do", example = "7") long townshipsRequiredOffering,
        @Schema(description = "Indicator 15: urban communities of the register", example = "40") long urbanCommunities,
        @Schema(description = "Indicator 15: urban communities with an operating inclusive nursery", example = "31")
        long urbanCommunitiesWithInclusive,
        List<Figures> townships) {

    @Schema(name = "ChildcareCoverageFigures")
    public record Figures(
            @Schema(description = "Township code; null for the city", nullable = true, example = "350881001") String townshipCode,
            @Schema(description = "Residents in the year (register populations)", example = "52000") long residents,
            @Schema(description = "Slots of operating nurseries", example = "260") long slots,
            @Schema(description = "Inclusive slots of operating nurseries", example = "170") long inclusiveSlots,
            @Schema(description = "Indicator 12; null without residents", nullable = true, example = "5.00") BigDecimal slotsPer1000,
            @Schema(description = "Indicator 13, percent; null without slots", nullable = true, example = "65.4") BigDecimal inclusiveSharePercent,
            @Schema(description = "An operating nursery with inclusive slots is there", example = "true") boolean offersInclusive,
            @Schema(description = "Indicator 14: must offer inclusive childcare", example = "true") boolean mustOfferInclusive) {
    }
}
