package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.review.domain.AssistanceAmount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistanceAmount", description = "A scheme's yearly amount per recipient for a year, with its source")
public record AmountResponse(
        @Schema(example = "REWARD_ASSISTANCE") Scheme scheme,
        @Schema(example = "2026") int year,
        @Schema(example = "1080.00") BigDecimal yearlyAmountYuan,
        String source,
        Instant setAt,
        String setBy) {

    static AmountResponse of(AssistanceAmount a) {
        return new AmountResponse(a.scheme, a.year, a.yearlyYuan, a.source, a.setAt, a.setBy);
    }
}
