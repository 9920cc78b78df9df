package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDay", description = "A day that is not what its weekday says")
public record CalendarDayResponse(
        @Schema(example = "2026-02-16") LocalDate day,
        @Schema(example = "false") boolean working,
        @Schema(example = "春节") String name,
        @Schema(example = "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）") String source) {
}
