package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.math.BigDecimal;

/**
 * One line of a version's terms, with the condition under which it applies: the rent-withdrawal limit is 800 yuan
 * a month from the second child and 1,000 from the third; the childcare fee reduction is 50% from the third child
 * and 100% for a child re-born into a special family. A condition left null holds for every child. When several
 * lines apply, the family gets the most favourable one ({@link #favours}).
 *
 * @param minBirthOrder the child's birth order at least this (second child: 2; three-child family: 3)
 * @param specialFamily true: only a child born into a family-planning special family (计生特殊家庭)
 * @param amount money, in fen, per the policy's unit (null for a percentage, days or a free service)
 * @param quantity days, per the policy's unit (null otherwise)
 * @param percent share of a fee (null otherwise)
 */
public record Tier(Integer minBirthOrder, Boolean specialFamily, Fen amount, Integer quantity, BigDecimal percent) {

    public static Tier forEveryChild(Fen amount, Integer quantity, BigDecimal percent) {
        return new Tier(null, null, amount, quantity, percent);
    }

    public boolean holdsFor(ChildFacts child) {
        return (minBirthOrder == null || child.birthOrder() >= minBirthOrder)
                && (specialFamily == null || specialFamily == child.specialFamily());
    }

    /** Whether its condition depends on a fact a reviewer may still change (birth order, special family). */
    public boolean dependsOnReviewedFacts() {
        return minBirthOrder != null || specialFamily != null;
    }

    /** Whether this line gives more than {@code other}: a larger percentage, amount, then quantity. */
    public boolean favours(Tier other) {
        int byPercent = compare(percent, other.percent);
        if (byPercent != 0) {
            return byPercent > 0;
        }
        int byAmount = compare(amount == null ? null : BigDecimal.valueOf(amount.value()),
                other.amount == null ? null : BigDecimal.valueOf(other.amount.value()));
        if (byAmount != 0) {
            return byAmount > 0;
        }
        return compare(quantity == null ? null : BigDecimal.valueOf(quantity),
                other.quantity == null ? null : BigDecimal.valueOf(other.quantity)) > 0;
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b);
    }
}
