package cn.gov.zhangping.fertility.familysupport.family.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.family.domain.Family;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /** The family, or a 404 problem. */
    public Family get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Family", id));
    }

    public Optional<Family> findByMother(String motherIdIndex) {
        return find("motherIdIndex", motherIdIndex).firstResultOptional();
    }

    /** The families in which the identity number (its keyed index) is the mother's or the father's. */
    public List<Family> findByParent(String idIndex) {
        return findByParent(idIndex, Optional.empty());
    }

    /** The same, limited to families living in {@code townships} (empty: the whole city). */
    public List<Family> findByParent(String idIndex, Optional<Set<String>> townships) {
        if (townships.isEmpty()) {
            return list("motherIdIndex = ?1 or fatherIdIndex = ?1", Sort.by("createdAt").and("id"), idIndex);
        }
        return list("(motherIdIndex = ?1 or fatherIdIndex = ?1) and townshipCode in ?2", Sort.by("createdAt").and("id"),
                idIndex, townships.get());
    }
}
