package cn.gov.zhangping.fertility.benefit.policy.domain;

/**
 * The date that selects the version of a rule that applies. Each policy names one, and the catalogue says why.
 */
public enum VersionDate {
    /**
     * Each day or month of the benefit: a benefit enjoyed over a period (leave per year, a monthly fee reduction, a
     * monthly deduction) is due under the version in force when it is enjoyed, so a child born before the plan gets
     * what falls within the plan's period, and a child born under the plan gets nothing from a version that ended.
     */
    PERIOD_ENJOYED,
    /** The date of the fact the family claims for (a purchase contract, a loan application, a tenancy month). */
    CLAIM_DATE,
    /** The year the amount is due (yearly household assistance). */
    YEAR_DUE
}
