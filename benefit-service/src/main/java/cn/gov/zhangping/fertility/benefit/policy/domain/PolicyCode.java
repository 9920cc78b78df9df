package cn.gov.zhangping.fertility.benefit.policy.domain;

/**
 * The benefits of the plan (漳政办规〔2023〕2号, tasks 6, 7, 8, 11–13, 15–17) and the national and provincial rules it
 * points to. The names are stable API values: a new benefit adds a code, a changed benefit adds a version.
 */
public enum PolicyCode {
    PARENTAL_LEAVE,
    NUTRITION_PACK,
    CHILDCARE_FEE_REDUCTION,
    HOME_PURCHASE_SUBSIDY,
    HPF_RENT_WITHDRAWAL_LIMIT,
    HPF_LOAN_CEILING_INCREASE,
    HPV_VACCINATION,
    ONLY_CHILD_PARENT_NURSING_LEAVE,
    PUBLIC_RENTAL_PRIORITY,
    CHILD_CARE_TAX_DEDUCTION,
    NATIONAL_CHILDCARE_SUBSIDY,
    FAMILY_PLANNING_REWARD_ASSISTANCE,
    SPECIAL_FAMILY_ASSISTANCE
}
