package cn.gov.zhangping.fertility.contracts.birth;

/** The child's sex as the birth events carry it. */
public enum Sex {
    MALE,
    FEMALE
}
