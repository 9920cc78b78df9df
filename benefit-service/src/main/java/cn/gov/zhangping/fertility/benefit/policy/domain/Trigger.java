package cn.gov.zhangping.fertility.benefit.policy.domain;

/** What makes the suite determine a benefit for a family. */
public enum Trigger {
    /** A registered birth (and its corrections and cancellation). */
    BIRTH,
    /** The child reaching an age, e.g. 13 for the HPV vaccination; determined at birth, started by the daily job. */
    AGE_MILESTONE,
    /** The family applies (a claim with its evidence). */
    APPLICATION,
    /** A family-planning household's status, from the households' review events. */
    HOUSEHOLD_STATUS,
    /** A child's enrolment at a nursery, from the childcare registry's events. */
    ENROLMENT
}
