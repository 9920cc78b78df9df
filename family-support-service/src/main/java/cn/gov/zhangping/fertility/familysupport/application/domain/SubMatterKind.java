package cn.gov.zhangping.fertility.familysupport.application.domain;

/**
 * The six sub-matters of "birth is one matter" (出生一件事, 漳政办规〔2023〕2号 二(一)2). Which department owns each,
 * its name and its time limit are data (table sub_matter_rule): the birth medical certificate is Health's (the
 * delivery institution), the vaccination certificate the CDC's, household registration Public Security's, medical
 * insurance enrolment and the maternity-insurance payment the Medical Security Bureau's, the social-security card
 * Human Resources and Social Security's.
 */
public enum SubMatterKind {
    BIRTH_MEDICAL_CERTIFICATE,
    VACCINATION_CERTIFICATE,
    HOUSEHOLD_REGISTRATION,
    MATERNITY_INSURANCE_PAYMENT,
    MEDICAL_INSURANCE_ENROLMENT,
    SOCIAL_SECURITY_CARD
}
