package cn.gov.zhangping.fertility.indicator.responsibility.api;


import cn.gov.zhangping.fertility.indicator.csv.Csv;
import cn.gov.zhangping.fertility.indicator.responsibility.domain.YearEndReport;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorFigure;

/** The year-end report as CSV and as a printable HTML page (no script; prints on A4 with the browser's print). */
final class YearEndFormats {

    private YearEndFormats() {
    }

    static String csv(YearEndReport.Report r) {
        StringBuilder sb = new StringBuilder("kind,number,name,value,target,status,role,monthsStruckOff,monthsOverdue,evidence\n");
        for (IndicatorFigure f : r.indicators()) {
            sb.append(Csv.line("INDICATOR", f.number(), f.nameZh(), f.value(), f.target() == null ? null : f.target().text(),
                    f.status(), null, null, null, null));
        }
        for (YearEndReport.ItemLine i : r.items()) {
            sb.append(Csv.line("TASK", i.item().task() + "." + i.item().item(), i.item().content(), null, null, null, i.role(),
                    i.monthsStruckOff(), i.monthsOverdue(), i.lastEvidence()));
        }
        return sb.toString();
    }

    static String html(YearEndReport.Report r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(r.department().chineseName())).append(' ').append(r.year()).append(" 年度目标完成和任务落实情况</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}"
                        + "th,td{border:1px solid #999;padding:4px;font-size:12px;vertical-align:top}"
                        + "@media print{@page{size:A4;margin:15mm}}</style></head><body>")
                .append("<h1>").append(esc(r.department().chineseName())).append(' ').append(r.year())
                .append(" 年度目标完成和任务落实情况</h1><p>").append(esc(r.department().englishName())).append(": year-end report on its "
                        + "indicators and tasks (漳政办规〔2023〕2号, 三(四)).</p><h2>指标 Indicators</h2><table><tr><th>#</th><th>指标</th>"
                        + "<th>数值 value</th><th>95% CI</th><th>目标 target</th><th>状态 status</th></tr>");
        for (IndicatorFigure f : r.indicators()) {
            sb.append("<tr><td>").append(f.number()).append("</td><td>").append(esc(f.nameZh())).append("<br>")
                    .append(esc(f.nameEn())).append("</td><td>").append(f.value() == null ? "–" : f.value()).append("</td><td>")
                    .append(f.lower() == null ? "–" : "[" + f.lower() + ", " + f.upper() + "]").append("</td><td>")
                    .append(f.target() == null ? "" : esc(f.target().text())).append("</td><td>").append(f.status()).append("</td></tr>");
        }
        sb.append("</table><h2>任务 Tasks (Annex 2)</h2><table><tr><th>#</th><th>内容</th><th>角色 role</th>"
                + "<th>核销月数 months struck off</th><th>逾期月数 months overdue</th><th>最近佐证 last evidence</th></tr>");
        for (YearEndReport.ItemLine i : r.items()) {
            sb.append("<tr><td>").append(i.item().task()).append('.').append(i.item().item()).append("</td><td>")
                    .append(esc(i.item().content())).append("</td><td>").append(i.role()).append("</td><td>")
                    .append(i.monthsStruckOff()).append("</td><td>").append(i.monthsOverdue()).append("</td><td>")
                    .append(i.lastEvidence() == null ? "" : esc(i.lastEvidence())).append("</td></tr>");
        }
        return sb.append("</table></body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
