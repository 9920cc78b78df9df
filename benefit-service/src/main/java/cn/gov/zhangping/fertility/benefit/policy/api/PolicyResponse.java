package cn.gov.zhangping.fertility.benefit.policy.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.policy.domain.AmountUnit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyLevel;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Trigger;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDate;
import cn.gov.zhangping.fertility.benefit.policy.persistence.PublishedVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Policy", description = "A benefit of the catalogue with all its versions")
public record PolicyResponse(
        @Schema(description = "Stable code", example = "HOME_PURCHASE_SUBSIDY") PolicyCode code,
        @Schema(example = "三孩家庭购房补贴") String chineseName,
        @Schema(example = "Home purchase subsidy for three-child families") String englishName,
        @Schema(description = "Who made the rule; a rule of a higher level keeps its own period", example = "CITY") PolicyLevel level,
        @Schema(description = "The delivering department (platform department code)", example = "HOUSING") String department,
        @Schema(example = "市住建局") String departmentName,
        @Schema(example = "APPLICATION") Trigger trigger,
        @Schema(description = "Which date selects the version that applies", example = "CLAIM_DATE") VersionDate versionDate,
        @Schema(description = "Why that date", example = "A one-off subsidy for a purchase: the version in force on the purchase contract's date applies.")
        String versionDateReason,
        @Schema(example = "FAMILY") Beneficiary beneficiary,
        @Schema(example = "YUAN_ONCE") AmountUnit unit,
        @Schema(description = "Who pays, as parts of a ratio; empty when it costs no public money") List<Payer> payers,
        @Schema(description = "Every version in date order") List<Version> versions) {

    @Schema(name = "PolicyPayer")
    public record Payer(
            @Schema(example = "ZHANGPING_CITY_FINANCE") String payer,
            @Schema(example = "8") int parts,
            @Schema(description = "Share of the whole in percent, two decimals", example = "80.00") BigDecimal percent) {
    }

    @Schema(name = "PolicyVersion")
    public record Version(
            @Schema(example = "1") int number,
            @Schema(example = "2023-04-10", format = "date") LocalDate effectiveFrom,
            @Schema(nullable = true, example = "2025-12-31", format = "date") LocalDate effectiveTo,
            @Schema(nullable = true, example = "0") Integer ageFromMonths,
            @Schema(nullable = true, example = "36") Integer ageToMonths,
            @Schema(example = "false") boolean femaleOnly,
            List<TermsBody> terms,
            @Schema(example = "漳政办规〔2023〕2号 二(四)12") String source,
            @Schema(description = "The version whose tail this one replaced, or null", nullable = true, example = "1")
            Integer supersedes,
            @Schema(description = "The day a later version replaced this one from (it is in force until the day "
                    + "before), or null", nullable = true, example = "2024-01-01", format = "date")
            LocalDate supersededFrom,
            @Schema(description = "When it was published through the API; null for the versions the catalogue ships with",
                    nullable = true, example = "2026-11-30T08:00:00Z") Instant publishedAt) {
    }

    static PolicyResponse of(PolicyCatalogue.Listing listing) {
        var p = listing.policy();
        CostSplit split = p.payers();
        List<Payer> payers = split.shares().stream().map(s -> new Payer(s.payer(), s.parts(),
                BigDecimal.valueOf(s.parts() * 100L).divide(BigDecimal.valueOf(split.totalParts()), 2, RoundingMode.HALF_UP)))
                .toList();
        List<Version> versions = listing.timeline().versions().stream().map(v -> version(v, listing)).toList();
        return new PolicyResponse(p.code(), p.chineseName(), p.englishName(), p.level(), p.department().name(),
                p.department().chineseName(), p.trigger(), p.versionDate(), p.versionDateReason(), p.beneficiary(),
                p.unit(), payers, versions);
    }

    private static Version version(PolicyVersion v, PolicyCatalogue.Listing listing) {
        PublishedVersion published = listing.published().get(v.number());
        return new Version(v.number(), v.effectiveFrom(), v.effectiveTo(), v.ageFromMonths(), v.ageToMonths(),
                v.femaleOnly(), v.tiers().stream().map(TermsBody::of).toList(), v.source(), v.supersedes(),
                v.supersededFrom(), published == null ? null : published.publishedAt);
    }
}
