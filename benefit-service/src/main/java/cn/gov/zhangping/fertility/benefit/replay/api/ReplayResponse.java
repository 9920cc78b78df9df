package cn.gov.zhangping.fertility.benefit.replay.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.replay.domain.ReplayLine;
import cn.gov.zhangping.fertility.benefit.replay.persistence.PolicyReplay;
import cn.gov.zhangping.fertility.benefit.replay.persistence.ReplayLineRow;
import cn.gov.zhangping.fertility.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyReplay", description = "What publishing a version that reaches back changed: the entitlements "
        + "determined again and, per family (and child or claim), what was paid against what is owed under the "
        + "catalogue with the new version, in yuan. Payments are never rewritten: arrears are still to pay, "
        + "overpayments to recover.")
public record ReplayResponse(
        @Schema(example = "HOME_PURCHASE_SUBSIDY") String policyCode,
        @Schema(description = "The version published", example = "2") int version,
        @Schema(description = "Whether the version began on or before the day it was published (else nothing is replayed)",
                example = "true") boolean reachesBack,
        @Schema(description = "First day replayed: the version's first day", nullable = true, format = "date",
                example = "2024-01-01") LocalDate windowFrom,
        @Schema(description = "Last day replayed: its last day in force or the day of publishing, whichever is earlier",
                nullable = true, format = "date", example = "2026-12-01") LocalDate windowTo,
        @Schema(description = "Stored entitlements of children whose state, period or amount changed", example = "3")
        int entitlementsChanged,
        @Schema(description = "Totals over every line") Totals totals,
        @Schema(description = "One page of the lines, by family") Page<Line> lines,
        @Schema(example = "2026-12-01T02:00:00Z") Instant replayedAt) {

    @Schema(name = "PolicyReplayTotals")
    public record Totals(
            @Schema(description = "Families with a line", example = "1") int families,
            @Schema(description = "Yuan paid", example = "20000.00") BigDecimal paid,
            @Schema(description = "Yuan owed under the new version", example = "30000.00") BigDecimal owed,
            @Schema(description = "Yuan still to pay (sum of the lines' arrears)", example = "10000.00") BigDecimal arrears,
            @Schema(description = "Yuan paid too much (sum of the lines' overpayments)", example = "0.00") BigDecimal overpayments,
            @Schema(description = "Per payer: each line's arrears and overpayment split by the policy's cost split, summed")
            List<PayerTotal> payers) {
    }

    @Schema(name = "PolicyReplayPayerTotal")
    public record PayerTotal(@Schema(example = "ZHANGPING_CITY_FINANCE") String payer,
            @Schema(description = "Yuan", example = "10000.00") BigDecimal arrears,
            @Schema(description = "Yuan", example = "0.00") BigDecimal overpayments) {
    }

    @Schema(name = "PolicyReplayLine")
    public record Line(
            @Schema(nullable = true, example = "8b1d2f3a-4c5e-4f60-9a7b-0c1d2e3f4a5b") UUID familyId,
            @Schema(description = "The child, for months of a child's benefit", nullable = true,
                    example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f") UUID birthRegistrationId,
            @Schema(description = "The claim, for a benefit the family applied for", nullable = true,
                    example = "0d6c3a51-8f1e-4b2a-9c7d-5e4f3a2b1c0d") UUID claimId,
            @Schema(description = "Yuan paid (recorded payments)", example = "20000.00") BigDecimal paid,
            @Schema(description = "Yuan owed under the new version", example = "30000.00") BigDecimal owed,
            @Schema(description = "Yuan, owed less paid", example = "10000.00") BigDecimal difference,
            @Schema(example = "ARREARS") ReplayLine.Kind kind) {

        static Line of(ReplayLineRow row) {
            ReplayLine l = row.toLine();
            return new Line(l.familyId(), l.registrationId(), l.claimId(), l.paid().yuan(), l.owed().yuan(),
                    l.difference().yuan(), l.kind());
        }
    }

    static ReplayResponse of(PolicyReplay r, Page<ReplayLineRow> page) {
        Totals totals = new Totals(r.families, new Fen(r.paidFen).yuan(), new Fen(r.owedFen).yuan(),
                new Fen(r.arrearsFen).yuan(), new Fen(r.overpaymentFen).yuan(), r.payers.stream()
                        .map(p -> new PayerTotal(p.payer, new Fen(p.arrearsFen).yuan(), new Fen(p.overpaymentFen).yuan()))
                        .toList());
        return new ReplayResponse(r.policyCode, r.versionNumber, r.windowFrom != null, r.windowFrom, r.windowTo,
                r.entitlementsChanged, totals, page.map(Line::of), r.replayedAt);
    }
}
