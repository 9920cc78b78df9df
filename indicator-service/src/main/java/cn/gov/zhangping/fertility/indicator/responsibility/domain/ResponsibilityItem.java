package cn.gov.zhangping.fertility.indicator.responsibility.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of Annex 2 with its responsible units: the lead, the co-operating departments, or every department. */
@Schema(name = "ResponsibilityItem")
public record ResponsibilityItem(
        @Schema(example = "3") int id,
        @Schema(example = "2") int task,
        @Schema(example = "1") int item,
        @Schema(example = "SUPPORT") String theme,
        @Schema(example = "加强人口服务体系建设") String taskName,
        @Schema(example = "实行生育登记服务制度，对生育和再生育一律实行登记，方便群众。") String content,
        @Schema(example = "市卫健局", description = "The annex's own cell") String units,
        @Schema(nullable = true, example = "HEALTH") String lead,
        List<String> coOperating,
        @Schema(example = "false", description = "市直各相关部门: on every department's list") boolean allDepartments,
        @Schema(example = "Annex 2, task 2, item 1") String source) {

    /** LEAD, CO_OPERATING or ALL for a department whose list holds the item; null otherwise. */
    public String roleOf(String department) {
        if (department.equals(lead)) {
            return "LEAD";
        }
        if (coOperating.contains(department)) {
            return "CO_OPERATING";
        }
        return allDepartments ? "ALL" : null;
    }
}
