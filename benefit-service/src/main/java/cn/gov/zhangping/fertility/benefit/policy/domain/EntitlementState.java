package cn.gov.zhangping.fertility.benefit.policy.domain;

/** Where a family stands with a benefit on a given date. */
public enum EntitlementState {
    /** Due on the date. */
    ACTIVE,
    /** Due from a later date (the start is given). */
    UPCOMING,
    /** Was due and is no longer (the child grew out of it, or its version ended). */
    ENDED,
    /** Depends on a fact a reviewer has not yet confirmed or corrected. */
    HELD,
    /** Not due, for the reason given. */
    NOT_ELIGIBLE
}
