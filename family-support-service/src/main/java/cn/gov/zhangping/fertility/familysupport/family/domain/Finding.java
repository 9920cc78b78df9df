package cn.gov.zhangping.fertility.familysupport.family.domain;

/**
 * A doubtful fact of a registration. None refuses the registration (plan task 1: registration never blocks on
 * birth order or family size); each puts it UNDER_REVIEW until a reviewer confirms or corrects it.
 */
public enum Finding {
    /** The birth order the registrar declared is not the one derived from the family's children ({@link BirthOrders}). */
    BIRTH_ORDER_DISAGREES,
    /** The mother was younger or older at the birth than the bounds of table review_bound (15 and 55 years). */
    MOTHER_AGE_OUT_OF_RANGE,
    /** The father's identity number is the mother's. */
    FATHER_SAME_AS_MOTHER
}
