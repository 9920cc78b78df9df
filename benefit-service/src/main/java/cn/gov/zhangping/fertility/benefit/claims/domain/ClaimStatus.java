package cn.gov.zhangping.fertility.benefit.claims.domain;

/** SUBMITTED → APPROVED or REJECTED, once, by the delivering department. */
public enum ClaimStatus {
    SUBMITTED, APPROVED, REJECTED
}
