package cn.gov.zhangping.fertility.familysupport.birth.domain;

/**
 * Whether a birth registration stands. A cancelled one is kept (with its history) but no longer counts. One UNDER_REVIEW
 * stands too, but some of its facts are doubtful (its findings) until a reviewer confirms or corrects them.
 */
public enum RegistrationStatus {
    REGISTERED, UNDER_REVIEW, CANCELLED
}
