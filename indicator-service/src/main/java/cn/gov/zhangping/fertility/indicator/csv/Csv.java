package cn.gov.zhangping.fertility.indicator.csv;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV lines (RFC 4180): empty for null, quoted where a cell holds a comma, a quote or a line break. */
public final class Csv {

    private Csv() {
    }

    public static String line(Object... cells) {
        return Stream.of(cells).map(c -> {
            String s = c == null ? "" : c.toString();
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }).collect(Collectors.joining(",")) + "\n";
    }
}
