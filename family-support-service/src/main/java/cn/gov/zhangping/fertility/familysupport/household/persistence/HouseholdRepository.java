package cn.gov.zhangping.fertility.familysupport.household.persistence;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdStatus;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    /** The household, or a 404 problem. */
    public Household get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Household", id));
    }

    /**
     * The household when it exists and its township is in {@code scope} (the caller's); else the same 404 problem as for
     * an id that does not exist, so ids of other townships cannot be probed.
     */
    public Household get(UUID id, TownshipScope scope) {
        return findByIdOptional(id).filter(r -> scope.permits(r.townshipCode))
                .orElseThrow(() -> DomainException.notFound("Household", id));
    }

    public List<Household> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("createdAt").and("id"), familyId);
    }

    /**
     * Every household the yearly review looks at: active ones and those that ended in or after the year, of the
     * townships of {@code limit} (empty: the whole city).
     */
    public List<Household> reviewable(int year, Optional<Set<String>> limit) {
        Parameters p = Parameters.with("active", HouseholdStatus.ACTIVE).and("year", year);
        String where = "(status = :active or year(endedOn) >= :year)";
        if (limit.isPresent()) {
            where += " and townshipCode in :scope";
            p = p.and("scope", limit.get());
        }
        return list(where, Sort.by("townshipCode").and("id"), p);
    }

    /** One page, optionally of one scheme and township, within {@code limit} (empty: the whole city). */
    public List<Household> page(Scheme scheme, String townshipCode, Optional<Set<String>> limit, PageRequest page) {
        return find(where(scheme, townshipCode, limit), Sort.by("createdAt").and("id"), params(scheme, townshipCode, limit))
                .page(page.page, page.size).list();
    }

    public long count(Scheme scheme, String townshipCode, Optional<Set<String>> limit) {
        return count(where(scheme, townshipCode, limit), params(scheme, townshipCode, limit));
    }

    private static String where(Scheme scheme, String townshipCode, Optional<Set<String>> limit) {
        String where = "1 = 1";
        if (scheme != null) {
            where += " and scheme = :scheme";
        }
        if (townshipCode != null) {
            where += " and townshipCode = :township";
        }
        if (limit.isPresent()) {
            where += " and townshipCode in :scope";
        }
        return where;
    }

    private static Parameters params(Scheme scheme, String townshipCode, Optional<Set<String>> limit) {
        Parameters p = new Parameters();
        if (scheme != null) {
            p = p.and("scheme", scheme);
        }
        if (townshipCode != null) {
            p = p.and("township", townshipCode);
        }
        if (limit.isPresent()) {
            p = p.and("scope", limit.get());
        }
        return p;
    }
}
