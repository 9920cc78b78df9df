package cn.gov.zhangping.fertility.indicator.households.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.households.domain.RecipientRow;

/**
 * {@code household_review} with its recipients (the latest confirmed review of each household, year and scheme) and
 * {@code scheme_payment} (the payments of the two schemes, once each).
 */
@ApplicationScoped
public class HouseholdReviewRepository {

    @Inject
    EntityManager em;

    /** Keeps the review unless a later one of the same household, year and scheme is kept; true when kept. */
    public boolean keepReview(UUID household, int year, String scheme, UUID review, Instant confirmedAt, String township) {
        int kept = em.createNativeQuery("""
                        INSERT INTO household_review AS r (household_id, year, scheme, review_id, confirmed_at, township_code)
                        VALUES (:h, :y, :s, :rv, :at, :t)
                        ON CONFLICT (household_id, year, scheme) DO UPDATE SET review_id = EXCLUDED.review_id,
                            confirmed_at = EXCLUDED.confirmed_at, township_code = EXCLUDED.township_code
                        WHERE r.confirmed_at < EXCLUDED.confirmed_at""")
                .setParameter("h", household).setParameter("y", year).setParameter("s", scheme).setParameter("rv", review)
                .setParameter("at", confirmedAt).setParameter("t", township).executeUpdate();
        if (kept > 0) {
            em.createNativeQuery("DELETE FROM household_review_recipient WHERE household_id = :h AND year = :y AND scheme = :s")
                    .setParameter("h", household).setParameter("y", year).setParameter("s", scheme).executeUpdate();
        }
        return kept > 0;
    }

    public void addRecipient(UUID household, int year, String scheme, UUID member, String change, boolean accurate,
                             Boolean insured, long dueFen) {
        em.createNativeQuery("""
                        INSERT INTO household_review_recipient (household_id, year, scheme, member_id, change, accurate,
                            insurance_enrolled, amount_due_fen)
                        VALUES (:h, :y, :s, :m, :c, :a, CAST(:i AS boolean), :d)""")
                .setParameter("h", household).setParameter("y", year).setParameter("s", scheme).setParameter("m", member)
                .setParameter("c", change).setParameter("a", accurate).setParameter("i", insured == null ? null : insured.toString())
                .setParameter("d", dueFen).executeUpdate();
    }

    public void keepPayment(UUID payment, String policy, long amountFen, int periodYear, LocalDate paidOn) {
        em.createNativeQuery("""
                        INSERT INTO scheme_payment (payment_id, policy_code, amount_fen, period_year, paid_on)
                        VALUES (:p, :c, :a, :y, :d) ON CONFLICT (payment_id) DO NOTHING""")
                .setParameter("p", payment).setParameter("c", policy).setParameter("a", amountFen)
                .setParameter("y", periodYear).setParameter("d", paidOn).executeUpdate();
    }

    public List<RecipientRow> recipients(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.township_code, p.scheme, p.change, p.accurate, p.insurance_enrolled, p.amount_due_fen
                        FROM household_review_recipient p JOIN household_review r USING (household_id, year, scheme)
                        WHERE p.year = :y""")
                .setParameter("y", year).getResultList();
        return rows.stream().map(r -> new RecipientRow((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3],
                (Boolean) r[4], ((Number) r[5]).longValue())).toList();
    }

    public long paidFen(int year) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM scheme_payment WHERE period_year = :y")
                .setParameter("y", year).getSingleResult()).longValue();
    }
}
