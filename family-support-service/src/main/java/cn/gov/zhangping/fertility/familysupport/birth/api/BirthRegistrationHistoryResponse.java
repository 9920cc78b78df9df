package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegistrationStatus;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RevisionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BirthRegistrationHistory", description = "Every revision of a birth registration, the first one first")
public record BirthRegistrationHistoryResponse(
        @Schema(example = "0b7f4c1e-3f0a-4a8e-9c55-2f1d6f0e2a11") UUID registrationId,
        @Schema(description = "The registration's current revision", example = "2") int revision,
        @Schema(example = "REGISTERED") RegistrationStatus status,
        List<Revision> revisions) {

    @Schema(name = "BirthRegistrationRevision")
    public record Revision(
            @Schema(example = "2") int revision,
            @Schema(description = "REGISTERED (revision 1), CORRECTED or CANCELLED", example = "CORRECTED") RevisionKind kind,
            @Schema(description = "When the revision was recorded (UTC)") Instant recordedAt,
            @Schema(description = "Who recorded it (the token's subject)", example = "registrar-0042") String recordedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Why: the reason of a correction, the note of a cancellation",
                    example = "出生医学证明核对：乡镇填写有误")
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "For a cancellation: why it was cancelled", example = "DUPLICATE")
            CancellationReason cancellationReason,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "For a cancellation as a duplicate: the registration that stands")
            UUID duplicateOf,
            @Schema(description = "What the revision changed (none for the registration itself)") List<Change> changes) {
    }

    @Schema(name = "BirthRegistrationChange", description = "One changed field, values as text; the child's name is "
            + "masked as in the registration for roles that do not see it in full")
    public record Change(
            @Schema(description = "A correctable field of the registration, or status", example = "townshipCode") String field,
            @Schema(example = "350881001") String from,
            @Schema(example = "350881106") String to) {
    }
}
