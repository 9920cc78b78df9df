package cn.gov.zhangping.fertility.childcare.institution.api;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.CallerScope;

/**
 * A nursery and what hangs off it (its enrolments, waiting list, inspections, enforcement actions, re-placement
 * cases) belong to the nursery's township: the caller's township scope ({@link CallerScope}) decides whether they
 * exist for it.
 */
@ApplicationScoped
public class VisibleInstitutions {

    @Inject
    InstitutionRepository institutions;

    @Inject
    CallerScope scope;

    /** The institution when it is in the caller's townships; else 404, as for an unknown id. */
    public ChildcareInstitution get(UUID id) {
        ChildcareInstitution i = institutions.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("childcare institution", id));
        return scope.visible(i, i.townshipCode, "childcare institution", id);
    }

    /** Something of institution {@code institutionId} (named {@code what} {@code id}): 404 unless in scope. */
    public void requireVisible(UUID institutionId, String what, Object id) {
        String township = institutions.findByIdOptional(institutionId).map(i -> i.townshipCode).orElse(null);
        scope.visible(institutionId, township, what, id);
    }

    /** Creating a record at an institution of another township: 403 (an unknown one is left to the use case). */
    public void requireCreateAt(UUID institutionId) {
        if (institutionId != null) {
            institutions.findByIdOptional(institutionId).ifPresent(i -> scope.requireCreateIn(i.townshipCode));
        }
    }

    /** The townships lists are limited to (empty: the whole city). */
    public Optional<Set<String>> limit() {
        return scope.limit();
    }

    public CallerScope scope() {
        return scope;
    }
}
