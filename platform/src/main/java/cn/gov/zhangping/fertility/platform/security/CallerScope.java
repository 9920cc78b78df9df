package cn.gov.zhangping.fertility.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * The calling token's township scope ({@link TownshipScope}) for the object-level checks of township-owned records:
 * <ul>
 *   <li>a record outside the scope is answered as if it did not exist ({@link #visible}: 404, so ids cannot be probed),
 *       for reads and writes alike;</li>
 *   <li>creating a record in a township outside the scope is a 403 ({@link #requireCreateIn});</li>
 *   <li>lists and searches are limited in their query ({@link #limit}), before paging;</li>
 *   <li>a token without township scope is refused every township-owned record with a 403.</li>
 * </ul>
 */
@RequestScoped
public class CallerScope {

    @Inject
    JsonWebToken token;

    private TownshipScope scope;

    /** The caller's scope; a 403 problem when the claim is malformed. */
    public TownshipScope scope() {
        if (scope == null) {
            scope = token == null || token.getRawToken() == null
                    ? TownshipScope.NONE : TownshipScope.fromClaim(token.getClaim(TownshipScope.CLAIM));
        }
        return scope;
    }

    public boolean permits(String townshipCode) {
        return scope().permits(townshipCode);
    }

    /** The townships a list or search is limited to (empty: the whole city); a 403 without township scope. */
    public Optional<Set<String>> limit() {
        return requireAny().limit();
    }

    /** {@code record} when its township is in scope; else the not-found problem of {@code what} {@code id}. */
    public <T> T visible(T record, String townshipCode, String what, Object id) {
        if (!requireAny().permits(townshipCode)) {
            throw DomainException.notFound(what, id);
        }
        return record;
    }

    /** {@code record} when any of its townships is in scope (a record that spans townships); else not found. */
    public <T> T visibleInAny(T record, Collection<String> townshipCodes, String what, Object id) {
        TownshipScope s = requireAny();
        if (!s.cityWide() && townshipCodes.stream().noneMatch(s::permits)) {
            throw DomainException.notFound(what, id);
        }
        return record;
    }

    /** Creating a record in {@code townshipCode}: a 403 problem unless it is in scope. */
    public void requireCreateIn(String townshipCode) {
        if (!requireAny().permits(townshipCode)) {
            throw new DomainException(403, "outside-township-scope", "Not allowed",
                    "The caller may not create records in township " + townshipCode);
        }
    }

    /** Acts over several townships at once (a bulk upload): a 403 problem unless the caller is city-wide. */
    public void requireCityWide() {
        if (!requireAny().cityWide()) {
            throw new DomainException(403, "outside-township-scope", "Not allowed",
                    "Only a city-wide caller may do this");
        }
    }

    /** The scope, or a 403 problem for a caller without any. */
    public TownshipScope requireAny() {
        TownshipScope s = scope();
        if (!s.any()) {
            throw new DomainException(403, "no-township-scope", "Not allowed",
                    "The token carries no townships claim; township records need one");
        }
        return s;
    }
}
