package cn.gov.zhangping.fertility.childcare.replacement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.replacement.domain.CandidateRanking;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementCase;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementChild;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ResolvingReplacementCases;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplacementCase", description = "The re-placement case of a closed nursery: each child (registration id, "
        + "no name) and, while it waits, the nurseries it could move to as they are now")
public record ReplacementCaseResponse(
        UUID id,
        @Schema(description = "The closed nursery") UUID institutionId,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        @Schema(example = "2026-11-30") LocalDate openedOn,
        @Schema(example = "OPEN") ReplacementCase.Status status,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(example = "1") int revision,
        List<ChildResponse> children) {

    @Schema(name = "ReplacementCaseChild", description = "A child of the case")
    public record ChildResponse(
            @Schema(description = "The child's birth registration id") UUID childRegistrationId,
            @Schema(description = "The enrolment the closure ended (reason NURSERY_CLOSED)") UUID formerEnrolmentId,
            @Schema(example = "WAITING") ReplacementChild.Status status,
            @Schema(nullable = true) UUID placedInstitutionId,
            @Schema(nullable = true) UUID placedEnrolmentId,
            @Schema(nullable = true, example = "2026-12-01") LocalDate decidedOn,
            @Schema(nullable = true, example = "家庭改为居家照护") String reason,
            @Schema(nullable = true, example = "registrar") String actorRole,
            @Schema(description = "While WAITING: operating nurseries of the township with free slots, inclusive first, then "
                    + "nearest; empty otherwise") List<CandidateResponse> candidates) {

        static ChildResponse of(ResolvingReplacementCases.ChildView v) {
            ReplacementChild c = v.child();
            return new ChildResponse(c.childId, c.formerEnrolmentId, c.status, c.placedInstitutionId, c.placedEnrolmentId,
                    c.decidedOn, c.reason, c.actorRole, v.candidates().stream().map(CandidateResponse::of).toList());
        }
    }

    @Schema(name = "ReplacementCandidate", description = "A nursery the child could move to")
    public record CandidateResponse(
            UUID institutionId,
            @Schema(example = "桂林街道托育中心") String name,
            @Schema(example = "true") boolean inclusive,
            @Schema(example = "350881001004") String communityCode,
            @Schema(example = "12") long freeSlots,
            @Schema(description = "Great-circle distance between the community centres, km; 0 in the same community; null "
                    + "when the register lacks a centre", nullable = true, example = "1.84") Double distanceKm,
            @Schema(description = "In the child's community (or the closed nursery's when the child's is not in the register)",
                    example = "false") boolean sameCommunity) {

        static CandidateResponse of(CandidateRanking.Candidate c) {
            return new CandidateResponse(c.nursery().id(), c.nursery().name(), c.nursery().inclusive(),
                    c.nursery().place().communityCode(), c.nursery().freeSlots(), c.distanceKm(), c.sameCommunity());
        }
    }

    static ReplacementCaseResponse of(ReplacementCase c, List<ResolvingReplacementCases.ChildView> children) {
        return new ReplacementCaseResponse(c.id, c.institutionId, c.townshipCode, c.communityCode, c.openedOn, c.status,
                c.resolvedAt, c.revision, children.stream().map(ChildResponse::of).toList());
    }
}
