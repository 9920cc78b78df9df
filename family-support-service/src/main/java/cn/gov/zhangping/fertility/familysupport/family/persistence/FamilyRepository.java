package cn.gov.zhangping.fertility.familysupport.family.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.family.domain.Family;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /** The family, or a 404 problem. */
    public Family get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Family", id));
    }

    /**
     * The family when it exists and its township is in {@code scope} (the caller's); else the same 404 problem as for
     * an id that does not exist, so ids of other townships cannot be probed.
     */
    public Family get(UUID id, TownshipScope scope) {
        return findByIdOptional(id).filter(r -> scope.permits(r.townshipCode))
                .orElseThrow(() -> DomainException.notFound("Family", id));
    }

    /** The family of the mother whose identity number has one of these keyed indexes (one per index key). */
    public Optional<Family> findByMother(Collection<String> motherIdIndexes) {
        return find("motherIdIndex in ?1", motherIdIndexes).firstResultOptional();
    }

    /**
     * The families in which the identity number (one of its keyed indexes) is the mother's or the father's, limited to
     * families living in {@code townships} (empty: the whole city).
     */
    public List<Family> findByParent(Collection<String> idIndexes, Optional<Set<String>> townships) {
        if (townships.isEmpty()) {
            return list("motherIdIndex in ?1 or fatherIdIndex in ?1", Sort.by("createdAt").and("id"), idIndexes);
        }
        return list("(motherIdIndex in ?1 or fatherIdIndex in ?1) and townshipCode in ?2", Sort.by("createdAt").and("id"),
                idIndexes, townships.get());
    }
}
