package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.CostShare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostShare", description = "One payer's part of the cost, as parts of the plan's ratio and in percent")
public record CostShareResponse(
        @Schema(example = "LONGYAN_PREFECTURE_FINANCE") String payer,
        @Schema(example = "龙岩市级财政") String payerName,
        @Schema(description = "Parts of the ratio (2 of 2:8)", example = "2") int parts,
        @Schema(description = "Share of the cost in percent", example = "20.00") BigDecimal percent) {

    static List<CostShareResponse> of(List<CostShare> shares) {
        return shares.stream().map(s -> new CostShareResponse(s.payer, s.payerName, s.parts, s.percentOf(shares))).toList();
    }
}
