package cn.gov.zhangping.fertility.familysupport.application.domain;

/** Why a department rejected a sub-matter: each says what the family can do about it, none carries personal data. */
public enum RejectionReason {
    /** A document is missing: the family uploads it and resubmits. */
    DOCUMENT_MISSING,
    /** The details given do not match the department's records: the family corrects them and resubmits. */
    DETAILS_DO_NOT_MATCH,
    /** A photo is needed (social-security card): the family provides one and resubmits. */
    PHOTO_NEEDED,
    /** The family is not eligible as stated (e.g. not insured): the family clarifies and resubmits. */
    ELIGIBILITY_UNCLEAR
}
