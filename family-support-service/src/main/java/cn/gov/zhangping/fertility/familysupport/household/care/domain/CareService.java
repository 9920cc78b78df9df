package cn.gov.zhangping.fertility.familysupport.household.care.domain;

/** The services of the care log (二(五)17): daily care, medical escort, "两免五优先" priority care, a visit. */
public enum CareService {
    DAILY_CARE, MEDICAL_ESCORT, PRIORITY_MEDICAL, VISIT
}
