package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.text.PlainText;

/**
 * Reads the zone register's CSV upload: a header {@code code,townshipCode,communityCode,name,kind,residents} and one
 * line per zone. No quoting, so a name has no comma. Every problem is reported with its line number (a bad format,
 * an unknown township or community, a code given twice, negative residents); a file with any problem is refused as
 * a whole.
 */
public final class ZoneCsv {

    public static final String HEADER = "code,townshipCode,communityCode,name,kind,residents";
    public static final int MAX_LINES = 5000;

    /** The zones of the file, or the problems found in it. */
    public record Parsed(List<ZoneDetails> zones, List<FieldError> errors) {
    }

    private ZoneCsv() {
    }

    public static Parsed parse(String text, Function<String, Community> community) {
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "is empty; the first line is " + HEADER)));
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (!lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            return new Parsed(List.of(), List.of(new FieldError("line 1", "must be the header " + HEADER)));
        }
        if (lines.length > MAX_LINES + 1) {
            return new Parsed(List.of(), List.of(new FieldError("file", "has more than " + MAX_LINES + " lines")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<ZoneDetails> zones = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            ZoneDetails d = line(lines[i], where, community, errors);
            if (d != null && !codes.add(d.code())) {
                errors.add(new FieldError(where + ": code", "duplicate code " + d.code() + " in the file"));
            } else if (d != null) {
                zones.add(d);
            }
        }
        if (errors.isEmpty() && zones.isEmpty()) {
            errors.add(new FieldError("file", "has no zone lines"));
        }
        return new Parsed(zones, errors);
    }

    /** The zone of one line, or null after adding its problems to {@code errors}. */
    private static ZoneDetails line(String line, String where, Function<String, Community> community, List<FieldError> errors) {
        if (PlainText.problem(line).isPresent()) {
            errors.add(new FieldError(where, PlainText.problem(line).get()));
            return null;
        }
        String[] f = line.split(",", -1);
        if (f.length != 6) {
            errors.add(new FieldError(where, "must have 6 comma-separated fields"));
            return null;
        }
        String at = where + ": ";
        List<FieldError> found = new ArrayList<>();
        String name = f[3].strip();
        if (name.isEmpty() || PlainText.length(name) > 100) {
            found.add(new FieldError(at + "name", "is required, at most 100 characters"));
        }
        ZoneKind kind = kind(f[4].strip());
        if (kind == null) {
            found.add(new FieldError(at + "kind", "must be NEW or BUILT"));
        }
        String residentsText = f[5].strip();
        Integer residents = residentsText.matches("^-?[0-9]{1,9}$") ? Integer.valueOf(residentsText) : null;
        if (residents == null) {
            found.add(new FieldError(at + "residents", "must be a whole number from 0 to " + ZoneRules.MAX_RESIDENTS));
        }
        ZoneDetails d = new ZoneDetails(f[0].strip(), f[1].strip(), f[2].strip(), name, kind, residents == null ? 0 : residents);
        found.addAll(ZoneRules.check(d, community, at));
        errors.addAll(found);
        return found.isEmpty() ? d : null;
    }

    private static ZoneKind kind(String text) {
        for (ZoneKind k : ZoneKind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        return null;
    }
}
