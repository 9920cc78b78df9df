package cn.gov.zhangping.fertility.childcare.enrolment.api;

import java.time.Instant;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.WaitingEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaitingListEntry", description = "A child waiting for a slot; served in order when one frees")
public record WaitingResponse(UUID id, UUID institutionId, UUID childRegistrationId, Instant requestedAt,
                              @Schema(example = "WAITING") WaitingEntry.Status status) {

    static WaitingResponse of(WaitingEntry w) {
        return new WaitingResponse(w.id, w.institutionId, w.childId, w.requestedAt, w.status);
    }
}
