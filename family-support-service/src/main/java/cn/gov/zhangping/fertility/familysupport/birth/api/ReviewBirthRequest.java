package cn.gov.zhangping.fertility.familysupport.birth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewBirthRequest", description = "A reviewer's decision on a registration UNDER_REVIEW. To correct a "
        + "doubtful fact instead, the reviewer corrects the registration (POST .../corrections), which closes the review too.")
public record ReviewBirthRequest(
        @NotNull(message = "is required")
        @Schema(description = "CONFIRM: the facts are right as registered", example = "CONFIRM")
        Decision decision,
        @NotBlank(message = "is required")
        @MaxLength(400)
        @Schema(description = "What the reviewer checked (shown in the history; no personal data)",
                example = "核对户籍：长子2016年出生于外省，孩次为3", maxLength = 400)
        String note) {

    /** What a reviewer decides. */
    public enum Decision {
        CONFIRM
    }
}
