package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Where an entitlement stands. Recording one from a birth makes the family eligible; it is not a payment. */
public enum EntitlementStatus {
    /** The family is entitled. */
    ELIGIBLE,
    /**
     * Due, but held: the birth registration is under review and the entitlement depends on a doubtful fact (birth
     * order or special family); released when a later revision of the registration arrives without the review.
     */
    HELD,
    /** No longer due: the birth registration was corrected so that it no longer entitles, or was cancelled. */
    WITHDRAWN
}
