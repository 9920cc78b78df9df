package cn.gov.zhangping.fertility.familysupport.application.api;

import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.application.domain.RejectionReason;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeSubMatterRequest", description = "The status a sub-matter moves to: ACCEPTED, DONE or REJECTED (with "
        + "a reason) by its department's worklist officer; SUBMITTED (a rejected one resubmitted) by a registrar")
public record ChangeSubMatterRequest(
        @NotNull(message = "is required")
        @Schema(example = "ACCEPTED")
        SubMatterStatus status,
        @Schema(description = "Required for REJECTED, absent otherwise: what the family can act on", nullable = true,
                example = "DOCUMENT_MISSING")
        RejectionReason reasonCode) {
}
