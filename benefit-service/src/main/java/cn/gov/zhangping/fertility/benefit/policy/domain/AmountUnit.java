package cn.gov.zhangping.fertility.benefit.policy.domain;

/** The unit of a benefit's amount or quantity. */
public enum AmountUnit {
    /** Money once (a subsidy per housing unit). */
    YUAN_ONCE,
    /** Money per month (a withdrawal limit, a deduction). */
    YUAN_PER_MONTH,
    /** Money per year (a subsidy, yearly assistance). */
    YUAN_PER_YEAR,
    /** An increase of a ceiling (a loan). */
    YUAN_CEILING_INCREASE,
    /** Days of leave per year. */
    DAYS_PER_YEAR,
    /** A share of a fee, in percent. */
    PERCENT_OF_FEE,
    /** A service free of charge (a vaccination, a nutrition pack). */
    FREE_SERVICE,
    /** Priority under equal conditions (public rental housing). */
    PRIORITY
}
