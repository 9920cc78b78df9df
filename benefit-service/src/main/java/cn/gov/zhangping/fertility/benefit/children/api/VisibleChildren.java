package cn.gov.zhangping.fertility.benefit.children.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.platform.security.CallerScope;

/**
 * Entitlements, claims and payments belong to the township of the child's registration (kept from the birth events):
 * the caller's township scope ({@link CallerScope}) decides whether they exist for it. A family's records belong to
 * the townships of its children. A child whose township is not known here (recorded before it was kept) is seen by
 * city-wide callers only.
 */
@ApplicationScoped
public class VisibleChildren {

    @Inject
    ChildRepository children;

    @Inject
    CallerScope scope;

    /** 404 ({@code what} {@code id} does not exist) unless the child's township is in the caller's scope. */
    public void requireChild(UUID registrationId, String what, Object id) {
        scope.visible(id, townshipOf(registrationId), what, id);
    }

    /** 404 unless one of the family's children lives in a township of the caller's scope. */
    public void requireFamily(UUID familyId, String what, Object id) {
        scope.visibleInAny(id, townshipsOfFamily(familyId), what, id);
    }

    /** A record of a child (when given) or else of a family: 404 unless in scope. */
    public void require(UUID registrationId, UUID familyId, String what, Object id) {
        if (registrationId != null) {
            requireChild(registrationId, what, id);
        } else if (familyId != null) {
            requireFamily(familyId, what, id);
        } else {
            scope.visible(id, null, what, id);
        }
    }

    /** Creating a record for a child: a 403 problem unless its township is in scope (an unknown child: city-wide only). */
    public void requireCreateFor(UUID registrationId) {
        if (registrationId != null) {
            scope.requireCreateIn(townshipOf(registrationId));
        }
    }

    private String townshipOf(UUID registrationId) {
        return registrationId == null ? null : children.findByIdOptional(registrationId).map(c -> c.townshipCode).orElse(null);
    }

    private List<String> townshipsOfFamily(UUID familyId) {
        return children.ofFamily(familyId).stream().map(Child::townshipCode).filter(Objects::nonNull).toList();
    }
}
