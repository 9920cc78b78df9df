package cn.gov.zhangping.fertility.indicator.households.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.benefit.PaymentRecordedV1;
import cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1;
import cn.gov.zhangping.fertility.indicator.households.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorsChanged;

/**
 * Indicators 22-24 from the households' confirmed yearly reviews and the payments of the two schemes. A review
 * confirmed again for the same household, year and scheme replaces the earlier one (the later confirmation wins,
 * whatever order the events come in); a payment counts once, for the year its period starts in.
 */
@ApplicationScoped
public class HouseholdIndicators {

    /** The benefit policies that pay the two household schemes (benefit-service's catalogue codes). */
    static final Set<String> SCHEME_POLICIES = Set.of("FAMILY_PLANNING_REWARD_ASSISTANCE", "SPECIAL_FAMILY_ASSISTANCE");

    @Inject
    HouseholdReviewRepository reviews;

    @Inject
    Event<IndicatorsChanged> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(HouseholdReviewCompletedV1 e) {
        if (reviews.keepReview(e.householdId(), e.year(), e.scheme(), e.reviewId(), e.confirmedAt(), e.townshipCode())) {
            for (HouseholdReviewCompletedV1.Recipient r : e.recipients()) {
                reviews.addRecipient(e.householdId(), e.year(), e.scheme(), r.memberId(), r.change(),
                        "ACCURATE".equals(r.verification()), r.insuranceEnrolled(), fen(r.amountDueYuan()));
            }
            changed.fire(new IndicatorsChanged("household"));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(PaymentRecordedV1 e) {
        if (SCHEME_POLICIES.contains(e.policyCode())) {
            reviews.keepPayment(e.paymentId(), e.policyCode(), e.amountFen(), e.periodFrom().getYear(), e.paidOn());
            changed.fire(new IndicatorsChanged("household"));
        }
    }

    /** year → indicator (22-24) → township or city → cell, for the years in [from, to] with a confirmed review. */
    public Map<Integer, Map<Integer, Map<String, Cell>>> cells(int from, int to) {
        Map<Integer, Map<Integer, Map<String, Cell>>> result = new HashMap<>();
        for (int year = from; year <= to; year++) {
            List<RecipientRow> recipients = reviews.recipients(year);
            if (!recipients.isEmpty()) {
                result.put(year, HouseholdFigures.cells(recipients, reviews.paidFen(year)));
            }
        }
        return result;
    }

    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}
