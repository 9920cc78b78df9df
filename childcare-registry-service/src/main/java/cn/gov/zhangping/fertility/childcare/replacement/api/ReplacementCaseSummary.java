package cn.gov.zhangping.fertility.childcare.replacement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementCase;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementChild;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplacementCaseSummary", description = "A re-placement case with how many of its children wait, are placed or withdrawn")
public record ReplacementCaseSummary(
        UUID id,
        @Schema(description = "The closed nursery") UUID institutionId,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "2026-11-30") LocalDate openedOn,
        @Schema(example = "OPEN") ReplacementCase.Status status,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(example = "2") long waiting,
        @Schema(example = "5") long placed,
        @Schema(example = "1") long withdrawn) {

    static ReplacementCaseSummary of(ReplacementCase c, List<ReplacementChild> children) {
        return new ReplacementCaseSummary(c.id, c.institutionId, c.townshipCode, c.openedOn, c.status, c.resolvedAt,
                count(children, ReplacementChild.Status.WAITING), count(children, ReplacementChild.Status.PLACED),
                count(children, ReplacementChild.Status.WITHDRAWN));
    }

    private static long count(List<ReplacementChild> children, ReplacementChild.Status status) {
        return children.stream().filter(c -> c.status == status).count();
    }
}
