package cn.gov.zhangping.fertility.contracts.childcare;

/** An institution's place in its lifecycle, as the institution events carry it. Only OPERATING slots count. */
public enum InstitutionStatusV1 {
    REGISTERED, FILED, OPERATING, SUSPENDED, CLOSED
}
