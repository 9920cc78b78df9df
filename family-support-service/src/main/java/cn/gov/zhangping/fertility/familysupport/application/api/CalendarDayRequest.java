package cn.gov.zhangping.fertility.familysupport.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDayRequest", description = "What a day is, against its weekday: a public holiday (working false) "
        + "or a make-up working day (调休上班, working true)")
public record CalendarDayRequest(
        @NotNull(message = "is required")
        @Schema(example = "false") Boolean working,
        @NotBlank(message = "is required") @MaxLength(60)
        @Schema(example = "春节", maxLength = 60) String name,
        @NotBlank(message = "is required") @MaxLength(300)
        @Schema(description = "The notice it comes from", example = "国务院办公厅关于2027年部分节假日安排的通知", maxLength = 300)
        String source) {
}
