package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** What made an entitlement change. */
public enum ChangeCause {
    BIRTH_REGISTERED,
    REGISTRATION_CORRECTED,
    /** A reviewer confirmed the doubtful facts of a registration under review: what was held is released. */
    REGISTRATION_REVIEWED,
    REGISTRATION_CANCELLED,
    /** The daily job: the child grew into or out of a benefit, or a version began or ended. */
    CHILD_AGED,
    /** An enrolment at a nursery began, changed or ended (childcare-registry-service): the fee reduction is booked. */
    ENROLMENT_CHANGED,
    /** A version was published that reaches back: what it changes in the past is determined again. */
    POLICY_REPLAYED
}
