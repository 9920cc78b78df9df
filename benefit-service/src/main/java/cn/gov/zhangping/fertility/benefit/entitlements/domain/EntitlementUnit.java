package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** The unit of an entitlement's quantity. */
public enum EntitlementUnit {
    /** Days in each year of the entitlement's period (parental leave, task 11). */
    DAYS_PER_YEAR
}
