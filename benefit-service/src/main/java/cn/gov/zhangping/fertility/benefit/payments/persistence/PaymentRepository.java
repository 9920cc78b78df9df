package cn.gov.zhangping.fertility.benefit.payments.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.payments.domain.Payment;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Optional<Payment> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** Fen paid so far for a claim. */
    public long paidForClaim(UUID claimId) {
        return getEntityManager().createQuery(
                        "select coalesce(sum(p.amountFen), 0) from Payment p where p.claimId = :claim", Long.class)
                .setParameter("claim", claimId).getSingleResult();
    }

    /** Fen paid so far for a child's month of a policy (the month's first day). */
    public long paidForMonth(UUID registrationId, PolicyCode code, LocalDate month) {
        return getEntityManager().createQuery("select coalesce(sum(p.amountFen), 0) from Payment p "
                        + "where p.registrationId = :child and p.policyCode = :code and p.periodFrom = :month", Long.class)
                .setParameter("child", registrationId).setParameter("code", code).setParameter("month", month)
                .getSingleResult();
    }

    /** Whether a household's year of a scheme (its first day) was paid. */
    public boolean paidForHouseholdYear(UUID householdId, PolicyCode code, LocalDate year) {
        return count("householdId = ?1 and policyCode = ?2 and periodFrom = ?3", householdId, code, year) > 0;
    }

    /** Makes this transaction the only one paying a household's year of a scheme until it ends. */
    public void lockHouseholdYear(UUID householdId, PolicyCode code, LocalDate year) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "household-year:" + householdId + ":" + code + ":" + year)
                .getSingleResult();
    }

    /** Payments of children's months of {@code code} whose month ends within {@code from}–{@code to}. */
    public List<Payment> childMonthsEnding(PolicyCode code, LocalDate from, LocalDate to) {
        return list("policyCode = ?1 and registrationId is not null and periodTo >= ?2 and periodTo <= ?3 "
                + "order by registrationId, periodFrom", code, from, to);
    }

    public List<Payment> ofPolicy(PolicyCode code) {
        return list("policyCode = ?1 order by paidOn, id", code);
    }
}
