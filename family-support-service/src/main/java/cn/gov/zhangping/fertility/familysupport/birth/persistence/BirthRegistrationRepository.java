package cn.gov.zhangping.fertility.familysupport.birth.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.domain.RegistrationStatus;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BirthRegistrationRepository implements PanacheRepositoryBase<BirthRegistration, UUID> {

    /** The registration, or a 404 problem. */
    public BirthRegistration get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Birth registration", id));
    }

    /**
     * The birth registration when it exists and its township is in {@code scope} (the caller's); else the same 404 problem as for
     * an id that does not exist, so ids of other townships cannot be probed.
     */
    public BirthRegistration get(UUID id, TownshipScope scope) {
        return findByIdOptional(id).filter(r -> scope.permits(r.townshipCode))
                .orElseThrow(() -> DomainException.notFound("Birth registration", id));
    }

    /** The standing registration of the same birth (mother, date of birth, child's name); cancelled ones do not count. */
    public Optional<BirthRegistration> findSameBirth(Collection<String> motherIdIndexes, LocalDate birthDate,
                                                     String childName) {
        return find("motherIdIndex in :mother and birthDate = :born and childName = :name and status <> :cancelled",
                Parameters.with("mother", motherIdIndexes).and("born", birthDate).and("name", childName)
                        .and("cancelled", RegistrationStatus.CANCELLED))
                .firstResultOptional();
    }

    /** One page of the registrations of {@code status}, optionally of one township, within {@code limit} (empty: all). */
    public List<BirthRegistration> page(RegistrationStatus status, String townshipCode, Optional<Set<String>> limit,
                                        PageRequest page) {
        Sort newestFirst = Sort.descending("registeredAt").and("id");
        return find(where(townshipCode, limit), newestFirst, params(status, townshipCode, limit))
                .page(page.page, page.size).list();
    }

    public long count(RegistrationStatus status, String townshipCode, Optional<Set<String>> limit) {
        return count(where(townshipCode, limit), params(status, townshipCode, limit));
    }

    private static String where(String townshipCode, Optional<Set<String>> limit) {
        return "status = :status" + (townshipCode == null ? "" : " and townshipCode = :township")
                + (limit.isEmpty() ? "" : " and townshipCode in :scope");
    }

    private static Parameters params(RegistrationStatus status, String townshipCode, Optional<Set<String>> limit) {
        Parameters p = Parameters.with("status", status);
        if (townshipCode != null) {
            p = p.and("township", townshipCode);
        }
        if (limit.isPresent()) {
            p = p.and("scope", limit.get());
        }
        return p;
    }
}
