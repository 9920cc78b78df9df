package cn.gov.zhangping.fertility.childcare.community.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.contracts.reference.AreaType;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.text.PlainText;

/**
 * Reads the register's CSV upload: a header {@code code,townshipCode,name,areaType,year,residents} and one line per
 * community and year (a community with several years has several lines with the same code, name and area type).
 * The header may add {@code ,latitude,longitude} (the community's centre; both empty, or both given on every line of
 * the community). Commas inside a name are not allowed (no quoting). Every problem is reported with its line number; a file with
 * any problem is refused as a whole.
 */
public final class CommunityCsv {

    public static final String HEADER = "code,townshipCode,name,areaType,year,residents";
    /** The header with the optional centre of the community (WGS 84 degrees; both empty when not known). */
    public static final String HEADER_WITH_CENTRE = HEADER + ",latitude,longitude";
    public static final int MAX_LINES = 5000;

    /** The communities of the file, or the problems found in it. */
    public record Parsed(List<CommunityDetails> communities, List<FieldError> errors) {
    }

    private CommunityCsv() {
    }

    public static Parsed parse(String text) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "is empty; the first line is " + HEADER)));
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String header = lines[0].strip().replace("\uFEFF", "");
        if (!header.equals(HEADER) && !header.equals(HEADER_WITH_CENTRE)) {
            return new Parsed(List.of(), List.of(new FieldError("line 1", "must be the header " + HEADER + " or "
                    + HEADER_WITH_CENTRE)));
        }
        int fields = header.equals(HEADER) ? 6 : 8;
        if (lines.length > MAX_LINES + 1) {
            return new Parsed(List.of(), List.of(new FieldError("file", "has more than " + MAX_LINES + " lines")));
        }
        Map<String, CommunityDetails> byCode = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String lineNo = "line " + (i + 1);
            String at = lineNo + ": ";
            if (PlainText.problem(line).isPresent()) {
                errors.add(new FieldError(lineNo, PlainText.problem(line).get()));
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != fields) {
                errors.add(new FieldError(lineNo, "must have " + fields + " comma-separated fields"));
                continue;
            }
            String code = f[0].strip();
            String township = f[1].strip();
            String name = f[2].strip();
            AreaType area = areaType(f[3].strip());
            Integer year = number(f[4].strip(), 2000, 2100);
            Integer residents = number(f[5].strip(), 0, 10_000_000);
            List<FieldError> lineErrors = new ArrayList<>();
            BigDecimal latitude = fields == 8 ? degrees(f[6].strip(), "latitude", at, lineErrors) : null;
            BigDecimal longitude = fields == 8 ? degrees(f[7].strip(), "longitude", at, lineErrors) : null;
            if (name.isEmpty() || PlainText.length(name) > 100) {
                lineErrors.add(new FieldError(at + "name", "is required, at most 100 characters"));
            }
            if (area == null) {
                lineErrors.add(new FieldError(at + "areaType", "must be URBAN or RURAL"));
            }
            if (year == null) {
                lineErrors.add(new FieldError(at + "year", "must be a year from 2000 to 2100"));
            }
            if (residents == null) {
                lineErrors.add(new FieldError(at + "residents", "must be a whole number from 0 to 10000000"));
            }
            CommunityDetails d = new CommunityDetails(code, township, name, area,
                    year == null || residents == null ? List.of() : List.of(new Community.Population(year, residents)),
                    latitude, longitude);
            lineErrors.addAll(CommunityRules.check(d, at));
            if (!lineErrors.isEmpty()) {
                errors.addAll(lineErrors);
                continue;
            }
            CommunityDetails earlier = byCode.get(code);
            if (earlier == null) {
                byCode.put(code, d);
            } else if (!earlier.townshipCode().equals(township) || !earlier.name().equals(name) || earlier.areaType() != area
                    || !java.util.Objects.equals(earlier.latitude(), latitude) || !java.util.Objects.equals(earlier.longitude(), longitude)) {
                errors.add(new FieldError(at + "code", "duplicate code " + code + " with another township, name, area type or centre"));
            } else if (earlier.populations().stream().anyMatch(p -> p.year == year)) {
                errors.add(new FieldError(at + "code", "duplicate code " + code + " for year " + year));
            } else {
                List<Community.Population> all = new ArrayList<>(earlier.populations());
                all.addAll(d.populations());
                all.sort((a, b) -> Integer.compare(a.year, b.year));
                byCode.put(code, new CommunityDetails(code, township, name, area, all, latitude, longitude));
            }
        }
        if (errors.isEmpty() && byCode.isEmpty()) {
            errors.add(new FieldError("file", "has no community lines"));
        }
        return new Parsed(List.copyOf(byCode.values()), errors);
    }

    private static AreaType areaType(String text) {
        for (AreaType t : AreaType.values()) {
            if (t.name().equals(text)) {
                return t;
            }
        }
        return null;
    }

    /** Degrees with at most 6 decimals, or null when empty (a problem is added when it is not a number). */
    private static BigDecimal degrees(String text, String field, String at, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("^-?[0-9]{1,3}(\\.[0-9]{1,6})?$")) {
            errors.add(new FieldError(at + field, "must be degrees with at most 6 decimals"));
            return null;
        }
        return new BigDecimal(text);
    }

    private static Integer number(String text, int min, int max) {
        if (!text.matches("^[0-9]{1,9}$")) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n < min || n > max ? null : n;
    }
}
