package cn.gov.zhangping.fertility.familysupport.birth.domain;

/** Whether a birth registration stands. A cancelled one is kept (with its history) but no longer counts. */
public enum RegistrationStatus {
    REGISTERED, CANCELLED
}
