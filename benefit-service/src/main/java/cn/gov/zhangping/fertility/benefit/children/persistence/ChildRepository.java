package cn.gov.zhangping.fertility.benefit.children.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    /** The children of a family, oldest first (cancelled registrations included). */
    public List<Child> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by birthDate, registrationId", familyId);
    }

    /** Children standing (not cancelled) born on or after {@code bornSince}, from {@code after} on, in id order. */
    public List<Child> standingBornSince(LocalDate bornSince, UUID after, int limit) {
        return find("cancelled = false and birthDate >= ?1 and registrationId > ?2 order by registrationId",
                bornSince, after).page(0, limit).list();
    }
}
