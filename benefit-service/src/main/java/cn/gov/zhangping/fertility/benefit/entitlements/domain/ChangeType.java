package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** What happened to an entitlement. */
public enum ChangeType {
    /** Became due: the family is entitled (again). */
    GRANTED,
    /** Still due, on other terms (another rule, percentage, quantity or period). */
    CHANGED,
    /** No longer due; the entitlement stays, withdrawn. */
    WITHDRAWN,
    /** Due but held while the registration is under review (issue 7). */
    HELD,
    /** Held no longer: the review is closed and the family is entitled. */
    RELEASED
}
