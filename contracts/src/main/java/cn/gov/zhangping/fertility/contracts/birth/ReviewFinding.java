package cn.gov.zhangping.fertility.contracts.birth;

/** Why a registration was under review (family-support-service's findings), as named in the birth events. */
public enum ReviewFinding {
    BIRTH_ORDER_DISAGREES, MOTHER_AGE_OUT_OF_RANGE, FATHER_SAME_AS_MOTHER
}
