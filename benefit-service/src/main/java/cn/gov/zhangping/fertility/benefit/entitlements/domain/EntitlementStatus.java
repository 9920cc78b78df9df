package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Where an entitlement stands. Recording one from a birth makes the family eligible; it is not a payment. */
public enum EntitlementStatus {
    ELIGIBLE
}
