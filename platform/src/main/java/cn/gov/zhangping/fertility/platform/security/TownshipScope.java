package cn.gov.zhangping.fertility.platform.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonString;

import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The townships a caller may see and change, read from the token's {@code townships} claim: a JSON array of township
 * codes ({@link Townships}), or {@code ["*"]} for the whole city. A token without the claim (or with an empty array)
 * has no township scope: it is refused every township-owned record (deny by default). A claim that is not such an
 * array (a string, numbers, an unknown code, {@code "*"} beside codes) is refused with a 403 problem.
 */
public record TownshipScope(boolean cityWide, Set<String> townships) {

    public static final String CLAIM = "townships";
    public static final String ALL = "*";
    public static final TownshipScope NONE = new TownshipScope(false, Set.of());
    public static final TownshipScope CITY = new TownshipScope(true, Set.of());

    public TownshipScope {
        townships = Collections.unmodifiableSet(new LinkedHashSet<>(townships));
    }

    public static TownshipScope of(Collection<String> codes) {
        return new TownshipScope(false, new LinkedHashSet<>(codes));
    }

    /** The scope a claim value gives (a {@code JsonArray} from the token, or a list of strings; null: no claim). */
    public static TownshipScope fromClaim(Object claim) {
        if (claim == null) {
            return NONE;
        }
        if (!(claim instanceof Collection<?> values)) {
            throw malformed();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Object value : values) {
            String code = value instanceof JsonString s ? s.getString() : value instanceof String s ? s : null;
            if (code == null || !(code.equals(ALL) || Townships.isKnown(code))) {
                throw malformed();
            }
            codes.add(code);
        }
        if (codes.contains(ALL)) {
            if (codes.size() > 1) {
                throw malformed();
            }
            return CITY;
        }
        return codes.isEmpty() ? NONE : of(codes);
    }

    /** Whether the caller has any township scope at all. */
    public boolean any() {
        return cityWide || !townships.isEmpty();
    }

    public boolean permits(String townshipCode) {
        return cityWide || (townshipCode != null && townships.contains(townshipCode));
    }

    /** The townships a query is limited to; empty for the whole city. */
    public Optional<Set<String>> limit() {
        return cityWide ? Optional.empty() : Optional.of(townships);
    }

    static DomainException malformed() {
        return new DomainException(403, "township-scope-invalid", "Not allowed",
                "The token's townships claim is not a list of township codes of Zhangping or [\"*\"]");
    }
}
