package cn.gov.zhangping.fertility.familysupport.birth.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelBirthRequest", description = "The cancellation of a birth registration that should not stand")
public record CancelBirthRequest(
        @NotNull(message = "is required")
        @Schema(description = "DUPLICATE: the same birth was registered twice; REGISTERED_IN_ERROR: there is no such birth",
                example = "DUPLICATE")
        CancellationReason reason,
        @Schema(description = "For DUPLICATE (and only then): the registration of the same birth that stands",
                example = "5d2e8a90-7c41-4b6f-8e3a-91c0d4f7b2e5")
        UUID duplicateOf,
        @NotBlank(message = "is required")
        @MaxLength(500)
        @Schema(description = "What the registrar found (shown in the history to every role that reads it; no "
                + "personal data)", example = "同一新生儿由两家医院重复登记", maxLength = 500)
        String note) {
}
