package cn.gov.zhangping.fertility.childcare.enrolment.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.FeeReductionRule;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.WaitingEntry;
import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    public long countActive(UUID institutionId) {
        return count("institutionId = ?1 and status = ?2", institutionId, EnrolmentStatus.ACTIVE);
    }

    public List<Enrolment> active(UUID institutionId) {
        return list("institutionId = ?1 and status = ?2 order by startDate, id", institutionId, EnrolmentStatus.ACTIVE);
    }

    public Optional<Enrolment> activeOf(UUID childId) {
        return find("childId = ?1 and status = ?2", childId, EnrolmentStatus.ACTIVE).firstResultOptional();
    }

    public List<Enrolment> ofInstitution(UUID institutionId) {
        return list("institutionId = ?1 order by startDate, id", institutionId);
    }

    /** Active enrolments of children born on or before {@code bornBy} (those who have turned 3 by a date). */
    public List<Enrolment> activeOfChildrenBornBy(LocalDate bornBy) {
        return getEntityManager().createQuery("""
                        select e from Enrolment e, RegisteredChild c
                        where c.registrationId = e.childId and e.status = :active and c.birthDate <= :bornBy
                        order by e.institutionId, e.id""", Enrolment.class)
                .setParameter("active", EnrolmentStatus.ACTIVE).setParameter("bornBy", bornBy).getResultList();
    }

    /** Active enrolments per institution. */
    public Map<UUID, Long> activeByInstitution() {
        return getEntityManager().createQuery("""
                        select e.institutionId, count(e) from Enrolment e where e.status = :active group by e.institutionId""",
                        Object[].class).setParameter("active", EnrolmentStatus.ACTIVE).getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    public Map<String, FeeReductionRule> feeRules() {
        return getEntityManager().createQuery("from FeeReductionRule", FeeReductionRule.class).getResultList().stream()
                .collect(Collectors.toMap(r -> r.code, r -> r));
    }

    /** Whether the child's registration is under review (its latest birth event said reviewPending). */
    public boolean underReview(UUID childId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM child_under_review WHERE registration_id = :id")
                .setParameter("id", childId).getResultList().isEmpty();
    }

    /** Records whether the child's registration is under review now. */
    public void setUnderReview(UUID childId, boolean pending) {
        getEntityManager().createNativeQuery(pending
                        ? "INSERT INTO child_under_review (registration_id) VALUES (:id) ON CONFLICT DO NOTHING"
                        : "DELETE FROM child_under_review WHERE registration_id = :id")
                .setParameter("id", childId).executeUpdate();
    }

    public List<WaitingEntry> waiting(UUID institutionId) {
        return getEntityManager().createQuery("from WaitingEntry where institutionId = :id and status = :waiting order by seq",
                        WaitingEntry.class).setParameter("id", institutionId).setParameter("waiting", WaitingEntry.Status.WAITING)
                .getResultList();
    }

    public Map<UUID, Long> waitingByInstitution() {
        return getEntityManager().createQuery("""
                        select w.institutionId, count(w) from WaitingEntry w where w.status = :waiting group by w.institutionId""",
                        Object[].class).setParameter("waiting", WaitingEntry.Status.WAITING).getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    public void add(WaitingEntry entry) {
        getEntityManager().persist(entry);
        getEntityManager().flush();
        getEntityManager().refresh(entry);
    }
}
