package cn.gov.zhangping.fertility.familysupport.household.review.domain;

/** The outcome of verifying a recipient (indicator 22, 奖扶对象准确率). */
public enum Verification {
    ACCURATE, INACCURATE;

    /** Why a recipient was found inaccurate. */
    public enum Reason {
        DECEASED, MOVED, NOT_ELIGIBLE
    }
}
