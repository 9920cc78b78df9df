package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Who holds an entitlement: either parent or the child. */
public enum Beneficiary {
    MOTHER,
    FATHER,
    CHILD
}
