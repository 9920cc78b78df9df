package cn.gov.zhangping.fertility.indicator.responsibility.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrikeOffRequest")
public record StrikeOffRequest(
        @NotBlank(message = "is required") @MaxLength(500)
        @Schema(example = "生育登记系统 11 月运行月报，已归档", maxLength = 500) String evidence) {

    /** One property: read as an object with that property, never as a bare string (Jackson's delegating guess). */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public StrikeOffRequest {
    }
}
