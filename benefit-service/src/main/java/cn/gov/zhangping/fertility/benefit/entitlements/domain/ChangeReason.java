package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Why an entitlement changed: what happened to the birth registration it follows from. */
public enum ChangeReason {
    BIRTH_REGISTERED,
    REGISTRATION_CORRECTED,
    REGISTRATION_CANCELLED,
    /** A reviewer confirmed a registration that was under review (birth.registration-reviewed.v1). */
    REGISTRATION_REVIEWED
}
