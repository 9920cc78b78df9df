package cn.gov.zhangping.fertility.indicator.csv;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

/** CSV lines (RFC 4180): empty for null, quoted where a cell holds a comma, a quote or a line break. */
public final class Csv {

    private Csv() {
    }

    public static final String MEDIA_TYPE = "text/csv";

    /** A CSV download: UTF-8, offered as a file named {@code filename}. */
    public static Response attachment(CharSequence body, String filename) {
        return Response.ok(body.toString(), MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    public static String line(Object... cells) {
        return Stream.of(cells).map(c -> {
            String s = c == null ? "" : c.toString();
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }).collect(Collectors.joining(",")) + "\n";
    }
}
