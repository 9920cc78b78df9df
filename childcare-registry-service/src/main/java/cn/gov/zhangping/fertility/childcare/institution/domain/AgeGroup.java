package cn.gov.zhangping.fertility.childcare.institution.domain;

/** The age groups a nursery takes (乳儿班 under 1, 托小班 1-2, 托大班 2-3). */
public enum AgeGroup {
    UNDER_1, FROM_1_TO_2, FROM_2_TO_3
}
