package cn.gov.zhangping.fertility.indicator.responsibility.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's task list of a month: its items of Annex 2, each open or struck off; open after the month = overdue. */
@Schema(name = "TaskList")
public record TaskList(
        @Schema(example = "HEALTH") String department,
        @Schema(example = "2026-11") String month,
        @Schema(example = "31") int open,
        @Schema(example = "2") int struckOff,
        List<Entry> items) {

    @Schema(name = "TaskListEntry")
    public record Entry(
            @Schema(example = "3") int itemId,
            @Schema(example = "2") int task,
            @Schema(example = "加强人口服务体系建设") String taskName,
            @Schema(example = "实行生育登记服务制度，对生育和再生育一律实行登记，方便群众。") String content,
            @Schema(example = "LEAD", description = "LEAD, CO_OPERATING or ALL (市直各相关部门)") String role,
            @Schema(example = "true") boolean struckOff,
            @Schema(nullable = true, example = "health-officer-1") String completedBy,
            @Schema(nullable = true) Instant completedAt,
            @Schema(nullable = true, example = "登记系统月报 2026-11") String evidence,
            @Schema(example = "false") boolean overdue) {
    }
}
