package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ZoneCompliance", description = "A residential zone against the standard of its kind (indicators 9 and 10): "
        + "inclusive slots of its OPERATING nurseries per 1,000 residents")
public record ZoneCompliance(
        UUID zoneId,
        @Schema(example = "350881001Z001") String code,
        @Schema(example = "西园新村") String name,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        @Schema(example = "NEW") ZoneKind kind,
        @Schema(example = "6000") int residents,
        @Schema(description = "Inclusive slots of the operating nurseries of the zone", example = "40") long inclusiveSlots,
        @Schema(description = "Inclusive slots per 1,000 residents; null without residents", nullable = true, example = "6.67")
        BigDecimal inclusiveSlotsPer1000,
        @Schema(description = "Planning standard the zone is held to", example = "NEW_AREA_INCLUSIVE_SLOTS_PER_1000") String standardCode,
        @Schema(description = "Inclusive slots per 1,000 residents the standard asks for", example = "10") BigDecimal standardPer1000,
        @Schema(description = "Section of the plan the standard comes from", example = "漳政办规〔2023〕2号 二(三)9; 附件1 指标9") String source,
        @Schema(description = "Inclusive slots the zone must have (standard × residents / 1,000, rounded up)", example = "60")
        long requiredSlots,
        @Schema(description = "Inclusive slots still missing", example = "20") long shortfall,
        @Schema(example = "false") boolean complies) {

    @Schema(name = "ZoneComplianceSummary", description = "Indicators 9 (NEW zones) and 10 (BUILT zones): the share of zones that comply")
    public record KindSummary(
            @Schema(example = "NEW") ZoneKind kind,
            @Schema(example = "9") Integer indicatorNo,
            @Schema(example = "10") BigDecimal standardPer1000,
            @Schema(example = "漳政办规〔2023〕2号 二(三)9; 附件1 指标9") String source,
            @Schema(description = "Zones of the kind (denominator)", example = "4") long zones,
            @Schema(description = "Zones that comply (numerator)", example = "3") long complying,
            @Schema(description = "complying / zones in percent, one decimal; null without zones", nullable = true, example = "75.0")
            BigDecimal sharePercent,
            @Schema(description = "Inclusive slots still missing over the zones of the kind", example = "20") long shortfall) {
    }

    @Schema(name = "ZoneComplianceReport", description = "Every zone asked for against its standard, with the summary by kind")
    public record Report(List<KindSummary> byKind, List<ZoneCompliance> zones) {
    }
}
