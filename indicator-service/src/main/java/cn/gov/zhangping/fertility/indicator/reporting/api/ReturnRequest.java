package cn.gov.zhangping.fertility.indicator.reporting.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnRequest")
public record ReturnRequest(
        @NotBlank(message = "is required") @MaxLength(500)
        @Schema(example = "the denominator is last year's", maxLength = 500) String comment) {

    /** One property: read as an object with that property, never as a bare string (Jackson's delegating guess). */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ReturnRequest {
    }
}
