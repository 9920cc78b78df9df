package cn.gov.zhangping.fertility.childcare.demand.domain;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChildcareDemand",
        description = "Registered children under the childcare age limit on a date, in one township and by community")
public record ChildcareDemand(
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "菁城街道") String townshipName,
        @Schema(description = "The date the children's ages are taken on", example = "2026-11-20") LocalDate date,
        @Schema(description = "Age limit in years (3岁以下婴幼儿)", example = "3") int ageLimitYears,
        @Schema(description = "Section of the plan the age limit comes from", example = "漳政办规〔2023〕2号 二(三)9; 附件1 指标12")
        String ageLimitSource,
        @Schema(description = "Children under the age limit in the township", example = "412") long total,
        @Schema(description = "Communities with at least one such child, by community code")
        List<CommunityDemand> byCommunity) {

    @Schema(name = "CommunityChildcareDemand")
    public record CommunityDemand(
            @Schema(example = "350881001003") String communityCode,
            @Schema(example = "57") long children) {
    }
}
