package cn.gov.zhangping.fertility.familysupport.household.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;
import cn.gov.zhangping.fertility.familysupport.household.domain.Basis;
import cn.gov.zhangping.fertility.familysupport.household.domain.ChangeKind;
import cn.gov.zhangping.fertility.familysupport.household.domain.DocumentType;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdStatus;
import cn.gov.zhangping.fertility.familysupport.household.domain.MemberRole;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Household", description = "A family-planning household with its members, evidence and status history. "
        + "Identity numbers masked unless the caller's role needs them in full (auditor).")
public record HouseholdResponse(
        @Schema(example = "5d0c3b2a-1f4e-4a6b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(example = "ONLY_CHILD") Basis basis,
        @Schema(example = "REWARD_ASSISTANCE") Scheme scheme,
        @Schema(example = "ACTIVE") HouseholdStatus status,
        @Schema(description = "The day it moved away or ended; null while ACTIVE", nullable = true) LocalDate endedOn,
        @Schema(description = "The day it became a special family; null for reward and assistance", nullable = true)
        LocalDate specialSince,
        @Schema(description = "Its family record of births, when it has one", nullable = true) UUID familyId,
        @Schema(example = "350881102") String townshipCode,
        @Schema(description = "Increases with every status change; events carry it", example = "1") int revision,
        List<Member> members,
        List<Evidence> evidence,
        @Schema(description = "Oldest first") List<Change> history) {

    @Schema(name = "HouseholdMember")
    public record Member(
            UUID id,
            @Schema(example = "MOTHER") MemberRole role,
            @Schema(example = "FEMALE") Sex sex,
            @Schema(example = "1964-02-29") LocalDate birthDate,
            @Schema(example = "RURAL") HukouType hukouType,
            @Schema(description = "Masked unless the caller's role needs the full number", example = "3508**********0027")
            String idNumber,
            @Schema(nullable = true) LocalDate diedOn,
            @Schema(nullable = true) Integer disabilityGrade) {
    }

    @Schema(name = "HouseholdEvidenceRecord")
    public record Evidence(
            DocumentType documentType,
            String documentNumber,
            LocalDate issuedOn,
            Instant recordedAt,
            String recordedBy) {
    }

    @Schema(name = "HouseholdStatusChange")
    public record Change(
            @Schema(example = "1") int revision,
            @Schema(example = "ENROLLED") ChangeKind kind,
            @Schema(nullable = true) UUID memberId,
            LocalDate effectiveOn,
            Basis basisAfter,
            Scheme schemeAfter,
            HouseholdStatus statusAfter,
            Instant recordedAt,
            String recordedBy) {
    }
}
