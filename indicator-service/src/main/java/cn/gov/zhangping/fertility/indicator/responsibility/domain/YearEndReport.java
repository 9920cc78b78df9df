package cn.gov.zhangping.fertility.indicator.responsibility.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.indicator.responsibility.persistence.ResponsibilityRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorFigure;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorValues;
import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * A department's year-end report (work guarantee 三(四): "市直各相关部门要在每年年底前向市政府报告本部门目标完成和任务落实情况"):
 * the indicators it owns against their targets, and its items of Annex 2 with the months they were struck off and the
 * months they were left open.
 */
@ApplicationScoped
public class YearEndReport {

    @Inject
    Responsibilities responsibilities;

    @Inject
    IndicatorValues values;

    public record Report(Department department, int year, List<IndicatorFigure> indicators, List<ItemLine> items) {
    }

    public record ItemLine(ResponsibilityItem item, String role, int monthsStruckOff, int monthsOverdue, String lastEvidence) {
    }

    public Report of(Department department, int year) {
        List<IndicatorFigure> indicators = values.year(year, i -> i.isOwnedBy(department)).stream()
                .filter(f -> f.owners().contains(department.name())).toList();
        Map<String, Map<Integer, ResponsibilityRepository.Completion>> done = responsibilities.completionsOfYear(department, year);
        LocalDate today = LocalDate.now(Responsibilities.CHINA);
        List<ItemLine> lines = new ArrayList<>();
        for (ResponsibilityItem item : responsibilities.items(department)) {
            int struck = 0;
            int overdue = 0;
            String evidence = null;
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                ResponsibilityRepository.Completion c = done.getOrDefault(month.toString(), Map.of()).get(item.id());
                if (c != null) {
                    struck++;
                    evidence = c.evidence();
                } else if (month.atEndOfMonth().isBefore(today)) {
                    overdue++;
                }
            }
            lines.add(new ItemLine(item, item.roleOf(department.name()), struck, overdue, evidence));
        }
        return new Report(department, year, indicators, lines);
    }
}
