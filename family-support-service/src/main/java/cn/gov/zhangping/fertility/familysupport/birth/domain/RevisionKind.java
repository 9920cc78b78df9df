package cn.gov.zhangping.fertility.familysupport.birth.domain;

/** What made a revision of a birth registration. */
public enum RevisionKind {
    REGISTERED, CORRECTED, REVIEWED, CANCELLED
}
