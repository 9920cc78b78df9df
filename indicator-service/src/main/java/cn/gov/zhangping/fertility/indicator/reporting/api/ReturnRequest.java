package cn.gov.zhangping.fertility.indicator.reporting.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A class with a field rather than a one-component record: Jackson builds a one-property record as soon as it has read
 * the property, so a repeated key then fails inside Jackson (a 500) instead of being read like any other body.
 */
@Schema(name = "ReturnRequest")
public class ReturnRequest {

    @NotBlank(message = "is required")
    @MaxLength(500)
    @Schema(example = "the denominator is last year's", maxLength = 500, required = true)
    public String comment;
}
