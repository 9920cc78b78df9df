package cn.gov.zhangping.fertility.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one rule for showing personal data in responses (PIPL Art. 28, 51; GB/T 35273-2020 §6.3, 7.1): which roles
 * see which kind of personal field in full. Every other caller sees the masked form (deny by default); no role sees
 * more than its work needs. A caller holding several roles gets the most its roles allow.
 *
 * <table>
 *   <caption>Personal fields per role</caption>
 *   <tr><th>Field</th><th>In full</th><th>Everyone else</th></tr>
 *   <tr><td>ID number (mother, father, child, household member)</td><td>auditor</td>
 *       <td>masked: first 4 and last 4 characters</td></tr>
 *   <tr><td>Name (child, contact person)</td><td>registrar, reviewer, auditor, civil-affairs</td>
 *       <td>masked: first character, then a star per character</td></tr>
 *   <tr><td>Phone number (contact person)</td><td>registrar, auditor, civil-affairs</td>
 *       <td>masked: first 3 and last 2 digits</td></tr>
 * </table>
 */
public final class PersonalDataPolicy {

    /** A kind of personal field. */
    public enum Field {
        ID_NUMBER, NAME, PHONE
    }

    /** How a field is shown to a caller. */
    public enum Visibility {
        FULL, MASKED
    }

    private static final Map<Field, Set<String>> FULL = Map.of(
            Field.ID_NUMBER, Set.of(Roles.AUDITOR),
            Field.NAME, Set.of(Roles.REGISTRAR, Roles.REVIEWER, Roles.AUDITOR, Roles.CIVIL_AFFAIRS),
            Field.PHONE, Set.of(Roles.REGISTRAR, Roles.AUDITOR, Roles.CIVIL_AFFAIRS));

    private PersonalDataPolicy() {
    }

    /** How {@code field} is shown to a caller whose roles {@code hasRole} says yes to. */
    public static Visibility visibility(Field field, Predicate<String> hasRole) {
        return FULL.get(field).stream().anyMatch(hasRole) ? Visibility.FULL : Visibility.MASKED;
    }

    /** The roles that see {@code field} in full (for documentation and the matrix test). */
    public static Set<String> fullFor(Field field) {
        return FULL.get(field);
    }

    /** {@code value} as the caller may see it: in full or masked (null stays null). */
    public static String show(Field field, String value, Predicate<String> hasRole) {
        if (value == null) {
            return null;
        }
        return visibility(field, hasRole) == Visibility.FULL ? value : mask(field, value);
    }

    /** The masked form of a value of {@code field}. */
    public static String mask(Field field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case ID_NUMBER -> keep(value, 4, 4);
            case NAME -> maskName(value);
            case PHONE -> keep(value, 3, 2);
        };
    }

    /** The first character and a star for each other one, counted in code points so no surrogate pair is split. */
    static String maskName(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** The first {@code head} and last {@code tail} code points; stars between (all stars when too short). */
    private static String keep(String value, int head, int tail) {
        List<String> cps = value.codePoints().mapToObj(Character::toString).toList();
        if (cps.size() <= head + tail) {
            return "*".repeat(cps.size());
        }
        return String.join("", cps.subList(0, head)) + "*".repeat(cps.size() - head - tail)
                + String.join("", cps.subList(cps.size() - tail, cps.size()));
    }
}
