package cn.gov.zhangping.fertility.benefit.claims.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectClaimRequest", description = "Why the claim is rejected (no personal data)")
public class RejectClaimRequest {

    /* A class, not a record: a one-property record fails on a repeated key (see DEVELOPERS.md). */
    @NotBlank(message = "is required")
    @MaxLength(500)
    @Schema(description = "The reason, as the family will be told it", maxLength = 500,
            example = "购房合同未网签备案 (the contract is not registered)")
    public String reason;
}
