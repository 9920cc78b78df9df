package cn.gov.zhangping.fertility.indicator.responsibility.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class with a field rather than a one-component record, for the reason given on {@code ReturnRequest}. */
@Schema(name = "StrikeOffRequest")
public class StrikeOffRequest {

    @NotBlank(message = "is required")
    @MaxLength(500)
    @Schema(example = "生育登记系统 11 月运行月报，已归档", maxLength = 500, required = true)
    public String evidence;
}
