package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.AssistanceAmountRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * An administrator sets a scheme's yearly amount for a year with its source. Once the year's review has been run the
 * amount is fixed (409): its recipients' amounts were computed from it.
 */
@ApplicationScoped
public class SettingAmount {

    @Inject
    AssistanceAmountRepository amounts;

    @Inject
    HouseholdReviewRepository reviews;

    Clock clock = CivilDate.clock();

    /** The amount and whether it was new. */
    public record Result(AssistanceAmount amount, boolean created) {
    }

    @Transactional
    public Result set(Scheme scheme, int year, BigDecimal yearlyYuan, String source, String by) {
        if (reviews.ofYear(year).isPresent()) {
            throw new DomainException(409, "review-already-run", "Review already run",
                    "The review of " + year + " has been run with the amount it had; the amount is fixed");
        }
        AssistanceAmount a = amounts.findByIdOptional(new AssistanceAmount.Key(scheme, year)).orElse(null);
        boolean created = a == null;
        if (created) {
            a = new AssistanceAmount();
            a.scheme = scheme;
            a.year = year;
        }
        a.yearlyYuan = yearlyYuan.setScale(2);
        a.source = source.strip();
        a.setAt = Instant.now(clock);
        a.setBy = by;
        if (created) {
            amounts.persist(a);
        }
        return new Result(a, created);
    }
}
