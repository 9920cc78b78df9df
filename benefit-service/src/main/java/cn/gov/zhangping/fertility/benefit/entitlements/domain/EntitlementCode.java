package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** The kinds of entitlement that follow from a birth alone (漳政办规〔2023〕2号). */
public enum EntitlementCode {
    /** 育儿假: 10 days a year for each parent until the child turns 3 (task 11, 二(四)11). */
    PARENTAL_LEAVE,
    /** 营养包: free nutrition packs for the child aged 6 to 24 months (task 6, 二(二)6). */
    NUTRITION_PACK,
    /** 托育保育费减免: reduced or waived fee at a public inclusive nursery (task 8, 二(三)8). */
    CHILDCARE_FEE_REDUCTION
}
