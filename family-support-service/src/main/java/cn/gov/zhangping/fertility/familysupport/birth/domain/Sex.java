package cn.gov.zhangping.fertility.familysupport.birth.domain;

/** Sex of the child as recorded on the birth medical certificate (出生医学证明). */
public enum Sex {
    MALE, FEMALE
}
