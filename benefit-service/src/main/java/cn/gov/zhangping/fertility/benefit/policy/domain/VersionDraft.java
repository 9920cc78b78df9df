package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhangping.fertility.platform.problem.Problem;

/**
 * A version an administrator wants to publish, before it has a number. {@link #problems} says what the policy's
 * unit and the calendar do not allow; an empty list means it can become a {@link PolicyVersion}.
 */
public record VersionDraft(LocalDate effectiveFrom, LocalDate effectiveTo, Integer ageFromMonths, Integer ageToMonths,
        boolean femaleOnly, List<Tier> tiers, String source) {

    /** Dates a version may have: the calendar the suite computes ages and months in. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    public List<Problem.FieldError> problems(Policy policy) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (effectiveFrom.isBefore(EARLIEST) || effectiveFrom.isAfter(LATEST)) {
            errors.add(new Problem.FieldError("effectiveFrom", "must be from " + EARLIEST + " to " + LATEST));
        }
        if (effectiveTo != null && (effectiveTo.isBefore(effectiveFrom) || effectiveTo.isAfter(LATEST))) {
            errors.add(new Problem.FieldError("effectiveTo", "must be on or after effectiveFrom and at most " + LATEST));
        }
        if (ageFromMonths != null && ageToMonths != null && ageToMonths <= ageFromMonths) {
            errors.add(new Problem.FieldError("ageToMonths", "must be above ageFromMonths"));
        }
        for (int i = 0; i < tiers.size(); i++) {
            String wrong = wrongTerms(policy, tiers.get(i));
            if (wrong != null) {
                errors.add(new Problem.FieldError("terms[" + i + "]", wrong));
            }
        }
        return errors;
    }

    public PolicyVersion numbered(PolicyCode code, int number) {
        return new PolicyVersion(code, number, effectiveFrom, effectiveTo, ageFromMonths, ageToMonths, femaleOnly, tiers,
                source);
    }

    /** What a line of terms must give for the policy's unit, or null when it gives just that. */
    private static String wrongTerms(Policy policy, Tier tier) {
        boolean amount = tier.amount() != null;
        boolean quantity = tier.quantity() != null;
        boolean percent = tier.percent() != null;
        return switch (policy.unit()) {
            case YUAN_ONCE, YUAN_PER_MONTH, YUAN_CEILING_INCREASE -> amount && !quantity && !percent ? null
                    : "must give an amount (yuan) and nothing else for " + policy.unit();
            case YUAN_PER_YEAR -> policy.decidedByChild()
                    ? (amount && !quantity && !percent ? null : "must give an amount (yuan) and nothing else for " + policy.unit())
                    : (!amount && !quantity && !percent ? null
                            : "must give no amount: the amount per year comes with the households' yearly review");
            case DAYS_PER_YEAR -> quantity && !amount && !percent ? null
                    : "must give a quantity (days) and nothing else for " + policy.unit();
            case PERCENT_OF_FEE, FREE_SERVICE -> percent && !amount && !quantity ? null
                    : "must give a percent and nothing else for " + policy.unit();
            case PRIORITY -> !amount && !quantity && !percent ? null : "must give no amount, quantity or percent for PRIORITY";
        };
    }
}
