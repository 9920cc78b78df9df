package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a policy's terms, in force from {@code effectiveFrom} to {@code effectiveTo} (both inclusive; null:
 * until replaced). Versions of one policy never overlap ({@link Timeline}). A version is never edited: a change is a
 * new version. A new version may reach back into the one in force on its first day, if it also covers the rest of that
 * one's period ({@code supersedes} names it): that one then ends the day before ({@code supersededFrom}), and its
 * published dates stay as they were.
 *
 * @param number 1, 2, ... in the order they were published
 * @param ageFromMonths the child's age, in completed months, from which it applies (null: from birth)
 * @param ageToMonths the age before which it ends (36: until the day before the 3rd birthday; null: no age limit)
 * @param femaleOnly true for a benefit only girls have (the HPV vaccination)
 * @param tiers the lines of its terms with their conditions; the most favourable that holds applies
 * @param source the legal basis of this version (document, article)
 * @param supersedes the number of the version whose tail this one replaces, or null
 * @param supersededFrom the day a later version replaced this one from, or null
 */
public record PolicyVersion(PolicyCode code, int number, LocalDate effectiveFrom, LocalDate effectiveTo,
        Integer ageFromMonths, Integer ageToMonths, boolean femaleOnly, List<Tier> tiers, String source,
        Integer supersedes, LocalDate supersededFrom) {

    public PolicyVersion {
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a version ends on or after it begins");
        }
        if (ageFromMonths != null && ageToMonths != null && ageToMonths <= ageFromMonths) {
            throw new IllegalArgumentException("the age it ends at is above the age it begins at");
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one line of terms");
        }
        tiers = List.copyOf(tiers);
    }

    /** A version as published, replacing none and replaced by none. */
    public PolicyVersion(PolicyCode code, int number, LocalDate effectiveFrom, LocalDate effectiveTo,
            Integer ageFromMonths, Integer ageToMonths, boolean femaleOnly, List<Tier> tiers, String source) {
        this(code, number, effectiveFrom, effectiveTo, ageFromMonths, ageToMonths, femaleOnly, tiers, source, null, null);
    }

    /** The last day it is in force (null: open): its published end, or the day before a later version replaced it. */
    public LocalDate endInForce() {
        return supersededFrom != null ? supersededFrom.minusDays(1) : effectiveTo;
    }

    public boolean inForceOn(LocalDate day) {
        LocalDate end = endInForce();
        return !day.isBefore(effectiveFrom) && (end == null || !day.isAfter(end));
    }

    PolicyVersion replacedFrom(LocalDate day) {
        return new PolicyVersion(code, number, effectiveFrom, effectiveTo, ageFromMonths, ageToMonths, femaleOnly, tiers,
                source, supersedes, day);
    }

    PolicyVersion superseding(int number) {
        return new PolicyVersion(code, this.number, effectiveFrom, effectiveTo, ageFromMonths, ageToMonths, femaleOnly,
                tiers, source, number, supersededFrom);
    }

    /** The most favourable line whose condition holds for the child, if any. */
    public Optional<Tier> tierFor(ChildFacts child) {
        Tier best = null;
        for (Tier tier : tiers) {
            if (tier.holdsFor(child) && (best == null || tier.favours(best))) {
                best = tier;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether what a child gets depends on facts a reviewer may still change. */
    public boolean dependsOnReviewedFacts() {
        return tiers.stream().anyMatch(Tier::dependsOnReviewedFacts);
    }
}
