package cn.gov.zhangping.fertility.familysupport.application.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatter;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterStatus;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.reference.Department;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubMatterRepository implements PanacheRepositoryBase<SubMatter, UUID> {

    public List<SubMatter> of(UUID applicationId) {
        return list("applicationId", Sort.by("kind"), applicationId);
    }

    /** A department's open sub-matters (only the overdue ones if asked), earliest due first. */
    public List<SubMatter> open(Department department, boolean overdueOnly, LocalDate today, Optional<Set<String>> townships,
                                PageRequest page) {
        return find(openQuery(overdueOnly, townships), Sort.by("dueOn").and("submittedAt").and("id"),
                openParameters(department, overdueOnly, today, townships))
                .page(page.page, page.size).list();
    }

    public long countOpen(Department department, boolean overdueOnly, LocalDate today, Optional<Set<String>> townships) {
        return count(openQuery(overdueOnly, townships), openParameters(department, overdueOnly, today, townships));
    }

    /** Sub-matters done in [from, to) (not those entered as done before the application), for statistics. */
    public List<SubMatter> doneBetween(LocalDate from, LocalDate to) {
        return list("status = ?1 and doneBefore = false and doneOn >= ?2 and doneOn < ?3", SubMatterStatus.DONE, from, to);
    }

    /** Open sub-matters of a department; limited to applications whose birth is registered in {@code townships}. */
    private static String openQuery(boolean overdueOnly, Optional<Set<String>> townships) {
        return "department = :department and status in :open" + (overdueOnly ? " and dueOn < :today" : "")
                + (townships.isEmpty() ? "" : " and applicationId in (select a.id from JointApplication a, BirthRegistration r"
                + " where r.id = a.registrationId and r.townshipCode in :townships)");
    }

    private static Parameters openParameters(Department department, boolean overdueOnly, LocalDate today,
                                             Optional<Set<String>> townships) {
        Parameters p = Parameters.with("department", department)
                .and("open", List.of(SubMatterStatus.SUBMITTED, SubMatterStatus.ACCEPTED));
        if (townships.isPresent()) {
            p = p.and("townships", townships.get());
        }
        return overdueOnly ? p.and("today", today) : p;
    }
}
