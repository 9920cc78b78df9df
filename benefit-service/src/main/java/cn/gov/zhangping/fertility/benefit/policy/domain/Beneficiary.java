package cn.gov.zhangping.fertility.benefit.policy.domain;

/** Who receives a benefit. */
public enum Beneficiary {
    CHILD,
    /** Each parent has the benefit in full (parental leave: 10 days each). */
    EACH_PARENT,
    /** The family as a whole (a home-purchase subsidy per unit, a loan ceiling). */
    FAMILY,
    /** The parents of an only child, or the members of a family-planning household. */
    HOUSEHOLD
}
