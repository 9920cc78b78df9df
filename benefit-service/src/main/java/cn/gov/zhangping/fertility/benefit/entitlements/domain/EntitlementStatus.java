package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Where an entitlement stands. Recording one from a birth makes the family eligible; it is not a payment. */
public enum EntitlementStatus {
    /** The family is entitled. */
    ELIGIBLE,
    /** No longer due: the birth registration was corrected so that it no longer entitles, or was cancelled. */
    WITHDRAWN
}
